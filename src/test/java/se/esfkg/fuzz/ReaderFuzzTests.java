package se.esfkg.fuzz;

import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import se.esfkg.parse.Layout;
import se.esfkg.parse.LayoutParser;
import se.esfkg.parse.Layouts;
import se.esfkg.parse.Limits;
import se.esfkg.parse.ProjectRecord;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.source.SourceDocument;
import se.esfkg.source.SourceReader;

/**
 * One fuzz target per reader. Whatever the bytes, reading them either yields records or refuses the
 * page with a located {@link PageRejectedException}; any other exception is a finding. Every record
 * read must also pass the value bounds ({@link Limits}) without failing.
 *
 * <p>In the normal test run each target replays its inputs (seeds, the format examples and every
 * finding, under {@code src/test/resources/se/esfkg/fuzz/ReaderFuzzTestsInputs/<target>}). With
 * {@code JAZZER_FUZZ=1} one target fuzzes (one per JVM; commands in docs/reliability.md).
 */
class ReaderFuzzTests {

    /** A reader target runs until this many executions (or the duration) when fuzzing. */
    static final long READER_EXECUTIONS = 1_000_000;

    @FuzzTest(maxDuration = "60m", maxExecutions = READER_EXECUTIONS)
    void layoutA(byte[] page) {
        read(Layout.A, "fuzz-a.txt", page);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = READER_EXECUTIONS)
    void layoutB(byte[] page) {
        read(Layout.B, "fuzz-b.txt", page);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = READER_EXECUTIONS)
    void layoutC(byte[] page) {
        read(Layout.C, "fuzz-c.txt", page);
    }

    @FuzzTest(maxDuration = "60m", maxExecutions = READER_EXECUTIONS)
    void csvExport(byte[] export) {
        read(Layout.D, "fuzz-export.csv", export);
    }

    /**
     * Reads {@code bytes} with {@code layout}'s reader as convert does: only when that reader
     * recognises the document (otherwise convert would hand it to another, or to none).
     */
    static List<ProjectRecord> read(Layout layout, String name, byte[] bytes) {
        ProblemReporter ignore = problem -> { };
        SourceDocument doc;
        try {
            doc = SourceReader.decode(name, bytes, ignore);
        } catch (PageRejectedException refused) {
            return List.of();
        }
        LayoutParser reader = Layouts.all().stream().filter(p -> p.layout() == layout).findFirst().orElseThrow();
        if (!reader.accepts(doc)) {
            return List.of();
        }
        List<ProjectRecord> records = new java.util.ArrayList<>();
        try {
            reader.parse(doc, records::add, ignore);
        } catch (PageRejectedException refused) {
            return List.of();
        }
        for (ProjectRecord r : records) {
            Limits.DEFAULTS.bound(r, ignore);
        }
        return records;
    }
}
