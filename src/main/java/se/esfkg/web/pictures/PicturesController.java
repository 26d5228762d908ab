package se.esfkg.web.pictures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.esfkg.serve.LiveData;
import se.esfkg.web.pictures.AmountChart.Grouping;
import se.esfkg.web.pictures.ConceptTrend.Scheme;
import se.esfkg.web.pictures.MunicipalityNetwork.Level;

/** Pictures where people would rather look than read, each drawn as SVG with its data as a table. */
@Controller
class PicturesController {

    private final LiveData live;
    private final MunicipalityNetwork network = new MunicipalityNetwork();
    private final AmountChart amounts = new AmountChart();
    private final ConceptTrend trends = new ConceptTrend();

    PicturesController(LiveData live) {
        this.live = live;
    }

    @GetMapping("/pictures")
    String index() {
        return "pictures/index";
    }

    @GetMapping("/pictures/network")
    String network(@RequestParam(name = "level", defaultValue = "agency") String level, Model model) {
        MunicipalityNetwork.Network n = live.read((dataset, generation) -> network.build(dataset, Level.of(level)));
        model.addAttribute("network", n);
        model.addAttribute("drawing", NetworkDrawing.of(n));
        return "pictures/network";
    }

    @GetMapping("/pictures/budget")
    String budget(Locale locale, Model model) {
        Map<Grouping, AmountChart.Drawing> charts = new LinkedHashMap<>();
        live.read((dataset, generation) -> {
            for (Grouping g : Grouping.values()) {
                charts.put(g, AmountChart.draw(g, amounts.groups(dataset, g, locale.getLanguage())));
            }
            return null;
        });
        model.addAttribute("charts", List.copyOf(charts.values()));
        return "pictures/budget";
    }

    @GetMapping("/pictures/trends")
    String trends(Locale locale, Model model) {
        model.addAttribute("grids", live.read((dataset, generation) -> List.of(
                ConceptTrend.draw(trends.grid(dataset, Scheme.COOPERATION_MODEL, locale.getLanguage())),
                ConceptTrend.draw(trends.grid(dataset, Scheme.TARGET_GROUP, locale.getLanguage())))));
        return "pictures/trends";
    }
}
