package se.esfkg.web.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The files of {@code sparql-examples/}, packaged on the classpath at build time, read once. */
@Component
public class Examples {

    private final List<Example> all;

    public Examples() {
        this(read("classpath*:sparql-examples/*.rq"));
    }

    Examples(List<Example> all) {
        this.all = List.copyOf(all);
    }

    public List<Example> all() {
        return all;
    }

    public Optional<Example> byName(String name) {
        return Example.isName(name) ? all.stream().filter(e -> e.name().equals(name)).findFirst() : Optional.empty();
    }

    private static List<Example> read(String pattern) {
        try {
            List<Example> out = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                out.add(Example.parse(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            out.sort(Comparator.comparing(Example::name));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the SPARQL examples", e);
        }
    }
}
