package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.esfkg.store.StoreLoader;
import se.esfkg.testing.Fixtures;

/** Operators get one line that says what happened and what to do, and an exit code per kind. */
class OperatorErrorsTests {

    private static final Duration HANG_GUARD = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertOneLineWithoutTrace(String err) {
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void convertOfAMissingFolderSaysWhichOne() {
        Path missing = tmp.resolve("no-such-folder");
        CliRun r = run("convert", missing.toString(), "-o", tmp.resolve("out").toString(), "--no-progress");
        assertThat(r.exit()).isEqualTo(OperatorErrors.NO_INPUT);
        assertThat(r.err()).contains("esf-kg convert: not found: " + missing).contains("check the path");
        assertOneLineWithoutTrace(r.err());
    }

    @Test
    void loadOfAMissingConversionSaysWhatIsMissing() {
        Path missing = tmp.resolve("no-such-out");
        CliRun r = run("load", missing.toString(), "--data", tmp.resolve("data").toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("no N-Quads input at " + missing);
        assertOneLineWithoutTrace(r.err());
    }

    @Test
    void aSecondServeOnTheSameDataFolderIsToldItIsInUse() throws Exception {
        Path data = tmp.resolve("data");
        new StoreLoader(data).load(Fixtures.seedsOut(tmp.resolve("out")));
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EsfKg.class.getName(),
                "serve", "--data", data.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + HANG_GUARD.toNanos();
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("SPARQL endpoint:")) {
                assertThat(System.nanoTime()).as("the first server did not start").isLessThan(deadline);
            }
            assertThat(line).as("the first server's output ended before it served").isNotNull();

            CliRun second = run("serve", "--data", data.toString(), "--port", "0");
            assertThat(second.exit()).isEqualTo(OperatorErrors.TEMPORARY);
            assertThat(second.err()).contains("esf-kg serve: the database is in use by another esf-kg process")
                    .contains("another --data folder");
            assertOneLineWithoutTrace(second.err());
        } finally {
            first.destroy();
            if (!first.waitFor(30, TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }

    @Test
    void aSecondLoadWhileOneRunsIsTurnedAway() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Fixtures.seedsOut(tmp.resolve("out"));
        try (var channel = java.nio.channels.FileChannel.open(data.resolve("load.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            CliRun r = run("load", out.toString(), "--data", data.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("another load is running on " + data);
            assertOneLineWithoutTrace(r.err());
        }
    }

    @Test
    void aFullDiskIsNamedAsSuchWithWhatToDo() {
        // An injected write failure: /dev/full answers every write with ENOSPC.
        IOException enospc = null;
        try {
            Files.write(Path.of("/dev/full"), new byte[1 << 16]);
        } catch (IOException e) {
            enospc = e;
        }
        assertThat(enospc).as("writing to /dev/full must fail").isNotNull();
        OperatorErrors.Failure f = OperatorErrors.classify(new java.io.UncheckedIOException(enospc));
        assertThat(f.exitCode()).isEqualTo(OperatorErrors.IO_ERROR);
        assertThat(f.message()).startsWith("the disk is full").contains("free some space");

        // What TDB2 sees when a memory-mapped write finds the disk full.
        OperatorErrors.Failure mapped = OperatorErrors.classify(new RuntimeException("load failed",
                new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code")));
        assertThat(mapped.exitCode()).isEqualTo(OperatorErrors.IO_ERROR);
        assertThat(mapped.message()).startsWith("the disk is full").doesNotContain("unsafe memory");
    }

    @Test
    void permissionDeniedNamesTheFile() {
        OperatorErrors.Failure f = OperatorErrors.classify(
                new java.io.UncheckedIOException(new AccessDeniedException("/srv/esf/data/db-3")));
        assertThat(f.exitCode()).isEqualTo(OperatorErrors.NO_PERMISSION);
        assertThat(f.message()).isEqualTo("permission denied: /srv/esf/data/db-3;"
                + " run as a user who may read and write it, or choose another folder.");
    }

    @Test
    void anythingElseIsOneLineToo() {
        OperatorErrors.Failure f = OperatorErrors.classify(new IllegalStateException("outer",
                new ArithmeticException("/ by zero\nsecond line")));
        assertThat(f.exitCode()).isEqualTo(OperatorErrors.SOFTWARE);
        assertThat(f.message()).startsWith("unexpected ArithmeticException: / by zero (").doesNotContain("second line");
    }
}
