package se.esfkg.web.query;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.esfkg.web.PublicIris;

/**
 * {@code /query}: YASGUI on the site's own endpoint, with every example one click away. Without
 * JavaScript the page is a plain form that sends the query to the endpoint.
 */
@Controller
class QueryController {

    static final MediaType SPARQL_QUERY = MediaType.parseMediaType("application/sparql-query;charset=UTF-8");

    private final Examples examples;
    private final PublicIris iris;

    QueryController(Examples examples, PublicIris iris) {
        this.examples = examples;
        this.iris = iris;
    }

    @GetMapping("/query")
    String query(@RequestParam(name = "example", required = false) String example, Model model) {
        Example chosen = example == null ? examples.all().stream()
                .filter(e -> e.name().equals("municipalities-sharing-partners")).findFirst()
                .orElse(examples.all().isEmpty() ? null : examples.all().get(0))
                : examples.byName(example).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("examples", examples.all());
        model.addAttribute("chosen", chosen);
        model.addAttribute("publicRoot", iris.root());
        return "query/query";
    }

    @GetMapping("/query/examples/{name}.rq")
    ResponseEntity<String> example(@PathVariable("name") String name) {
        Example e = examples.byName(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(SPARQL_QUERY).body(e.query());
    }
}
