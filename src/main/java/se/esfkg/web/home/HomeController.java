package se.esfkg.web.home;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.esfkg.output.RdfSyntax;
import se.esfkg.serve.LiveData;
import se.esfkg.web.query.Examples;

/** The front page: what the dataset is, how large, under which licence, and where to go next. */
@Controller
class HomeController {

    private final LiveData live;
    private final Examples examples;
    private final DatasetFigures figures = new DatasetFigures();
    /** Counting every triple takes a while on a large store; the figures change only with a load. */
    private final AtomicReference<DatasetFigures.Figures> cached = new AtomicReference<>();

    HomeController(LiveData live, Examples examples) {
        this.live = live;
        this.examples = examples;
    }

    @GetMapping("/")
    String home(Model model) {
        DatasetFigures.Figures f = live.read((dataset, generation) -> {
            DatasetFigures.Figures c = cached.get();
            if (c != null && c.generation().equals(generation)) {
                return c;
            }
            DatasetFigures.Figures fresh = figures.count(dataset, generation);
            if (fresh.settled()) {
                cached.set(fresh);
            }
            return fresh;
        });
        model.addAttribute("figures", f);
        model.addAttribute("dumps", List.of(RdfSyntax.values()));
        model.addAttribute("exampleCount", examples.all().size());
        return "home/home";
    }

}
