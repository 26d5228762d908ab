package se.esfkg.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SortedLinesTests {

    @Test
    void sortsAndDeduplicatesAcrossSpillFiles() {
        // 10 lines in memory at a time: 2,000 lines make the bag spill and merge many files.
        sortsAndDeduplicates(10);
    }

    @Test
    void sortsAndDeduplicatesInMemory() {
        sortsAndDeduplicates(1_000_000);
    }

    private void sortsAndDeduplicates(long inMemory) {
        Random random = new Random(7);
        TreeSet<String> expected = new TreeSet<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written;
        try (SortedLines lines = new SortedLines(inMemory)) {
            for (int i = 0; i < 2000; i++) {
                String line = "<http://example.org/" + random.nextInt(500) + "> <p> \"ö " + i % 3 + "\" .";
                lines.add(line);
                expected.add(line);
            }
            written = lines.writeTo(out);
        }
        List<String> got = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(written).isEqualTo(expected.size());
    }
}
