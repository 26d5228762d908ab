package se.esfkg.web.lists;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.esfkg.serve.LiveData;
import se.esfkg.web.site.SiteIris;

/** The lists people browse: projects, organisations and municipalities, each with filters and pages. */
@Controller
class ListsController {

    private final LiveData live;
    private final ProjectList projects;
    private final OrganisationList organisations;
    private final MunicipalityList municipalities;

    ListsController(LiveData live, SiteIris iris) {
        this.live = live;
        this.projects = new ProjectList(iris);
        this.organisations = new OrganisationList(iris);
        this.municipalities = new MunicipalityList(iris);
    }

    @GetMapping("/projects")
    String projects(@RequestParam Map<String, String> params, Locale locale, Model model) {
        String lang = locale.getLanguage();
        ProjectList.Criteria criteria = ProjectList.Criteria.from(params);
        live.read((dataset, generation) -> {
            model.addAttribute("page", projects.find(dataset, criteria, lang));
            model.addAttribute("filters", projects.filters(dataset, criteria, lang));
            model.addAttribute("years", projects.years(dataset));
            return null;
        });
        model.addAttribute("criteria", criteria);
        model.addAttribute("params", params);
        return "lists/projects";
    }

    @GetMapping("/organisations")
    String organisations(@RequestParam Map<String, String> params, Locale locale, Model model) {
        String lang = locale.getLanguage();
        OrganisationList.Criteria criteria = OrganisationList.Criteria.from(params);
        live.read((dataset, generation) -> {
            model.addAttribute("page", organisations.find(dataset, criteria, lang));
            model.addAttribute("kinds", organisations.kinds(dataset, lang));
            return null;
        });
        model.addAttribute("criteria", criteria);
        model.addAttribute("params", params);
        return "lists/organisations";
    }

    @GetMapping("/municipalities")
    String municipalities(@RequestParam Map<String, String> params, Model model) {
        MunicipalityList.Criteria criteria = MunicipalityList.Criteria.from(params);
        live.read((dataset, generation) -> {
            model.addAttribute("page", municipalities.find(dataset, criteria));
            model.addAttribute("counties", municipalities.counties(dataset));
            return null;
        });
        model.addAttribute("criteria", criteria);
        model.addAttribute("params", params);
        return "lists/municipalities";
    }
}
