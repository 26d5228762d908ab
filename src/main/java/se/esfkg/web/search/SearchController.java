package se.esfkg.web.search;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.esfkg.serve.LiveData;

/** {@code /search?q=}: the header's search box, over titles and texts (Swedish full-text index). */
@Controller
class SearchController {

    private final LiveData live;
    private final TextSearch search = new TextSearch();

    SearchController(LiveData live) {
        this.live = live;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "page", defaultValue = "1") String page, @RequestParam Map<String, String> params,
            Model model) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        model.addAttribute("q", q);
        model.addAttribute("page", live.read((dataset, generation) -> search.search(dataset, q, number)));
        model.addAttribute("params", params);
        return "search/search";
    }
}
