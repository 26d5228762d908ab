package se.esfkg.validate;

import org.junit.jupiter.api.Test;

class ExamplesDumpTests {
    @Test
    void dump() throws Exception {
        String names = System.getProperty("examples", "");
        for (String n : names.split(",")) {
            if (n.isBlank()) continue;
            System.out.println("=== " + n);
            System.out.println(ShapeValidator.report(Examples.validate(n)));
        }
    }
}
