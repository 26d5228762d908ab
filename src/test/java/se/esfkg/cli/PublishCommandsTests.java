package se.esfkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** convert leaves a statically publishable folder; each load that changes the data makes a release. */
class PublishCommandsTests {

    @TempDir
    Path tmp;

    private static String run(String... args) {
        return runExpecting(0, args);
    }

    private static String runExpecting(int status, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = EsfKg.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int exit = cli.execute(args);
        assertThat(exit).as(out.toString()).isEqualTo(status);
        return out.toString();
    }

    @Test
    void convertWritesCatalogVoidAndChecksumsWithTheSettingsGiven() throws IOException {
        Path settings = tmp.resolve("catalog.properties");
        Files.writeString(settings, "publisher.orgnr=202100-5489\npublisher.name.sv=Exempelmyndigheten\n"
                + "publisher.name.en=Example Agency\ncontact.email=data@example.se\n"
                + "licence=http://creativecommons.org/licenses/by/4.0/\n");
        String out = run("convert", "seeds", "-o", tmp.resolve("out").toString(), "--no-progress",
                "--catalog-settings", settings.toString(), "--public-root", "https://data.example.se/esf/");
        assertThat(out).contains("catalog, void.ttl and SHA256SUMS written");
        for (String f : new String[] {"catalog.rdf", "catalog.ttl", "catalog.jsonld", "void.ttl", "SHA256SUMS"}) {
            assertThat(tmp.resolve("out").resolve(f)).isNotEmptyFile();
        }
        Model catalog = RDFDataMgr.loadModel(tmp.resolve("out/catalog.rdf").toString());
        String ttl = Files.readString(tmp.resolve("out/catalog.ttl"));
        assertThat(ttl).contains("<http://dataportal.se/organisation/SE2021005489>", "\"Example Agency\"@en",
                "<mailto:data@example.se>", "<https://data.example.se/esf/dumps/esf-kg.nq.gz>",
                "<http://creativecommons.org/licenses/by/4.0/>").doesNotContain("w3id.org/esf-kg/catalog");
        assertThat(catalog.size()).isGreaterThan(100);
        assertThat(Files.readString(tmp.resolve("out/void.ttl"))).contains("https://data.example.se/esf/esf/sparql");
    }

    @Test
    void eachLoadThatChangesTheDataIsARelease() throws IOException {
        Path four = Files.createDirectories(tmp.resolve("four"));
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith("004")).toList()) {
                Files.copy(p, four.resolve(p.getFileName()));
            }
        }
        run("convert", "seeds", "-o", tmp.resolve("five-out").toString(), "--no-progress");
        run("convert", four.toString(), "-o", tmp.resolve("four-out").toString(), "--no-progress");
        Path data = tmp.resolve("data");

        assertThat(run("load", tmp.resolve("five-out").toString(), "--data", data.toString()))
                .contains("release 1 published");
        assertThat(run("load", tmp.resolve("five-out").toString(), "--data", data.toString()))
                .contains("release 1 stays current (it publishes these dumps)");
        // A rebuild of the same dumps is no new release either.
        assertThat(run("load", tmp.resolve("five-out").toString(), "--data", data.toString(), "--full"))
                .contains("full build").contains("release 1 stays current (it publishes these dumps)");
        try (var left = Files.list(data.resolve("releases"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("1", "release.lock");
        }
        String third = run("load", tmp.resolve("four-out").toString(), "--data", data.toString());
        assertThat(third).containsPattern("release 2 published in .* \\(since release 1: \\d+ quads added, \\d+ removed\\)");

        Path release2 = data.resolve("releases/2");
        assertThat(release2.resolve("changes.rdfp.gz")).isNotEmptyFile();
        assertThat(Files.readString(release2.resolve("changes.tsv")))
                .contains("https://w3id.org/esf-kg/id/source/004_ed19341546b216d7\t0\t");
        assertThat(release2.resolve("esf-kg.ttl")).isNotEmptyFile();
        assertThat(Files.readString(release2.resolve("catalog.ttl"))).contains("dcat:version", "\"2\"",
                "<https://w3id.org/esf-kg/releases/2/changes.rdfp.gz>");
        assertThat(data.resolve("releases/3")).doesNotExist();
    }

    @Test
    void aReleaseThatFailsAfterTheDataWentLiveIsMadeByTheNextLoad() throws IOException {
        run("convert", "seeds", "-o", tmp.resolve("out").toString(), "--no-progress", "--formats", "nq");
        Path data = tmp.resolve("data");
        // The data goes live first; the release then fails on a public root that is no absolute URL.
        String failed = runExpecting(1, "load", tmp.resolve("out").toString(), "--data", data.toString(),
                "--public-root", "not/absolute");
        assertThat(failed).contains("full build").contains("the data is live, but its release failed");
        assertThat(data.resolve("releases/1")).doesNotExist();
        assertThat(data.resolve("releases/release-owed")).isRegularFile();
        // The same dumps again: the data is unchanged, but the release it owes is made now.
        String next = run("load", tmp.resolve("out").toString(), "--data", data.toString());
        assertThat(next).contains("release 1 published").contains("release prepared: dumps linked");
        assertThat(data.resolve("releases/release-owed")).doesNotExist();
        assertThat(run("load", tmp.resolve("out").toString(), "--data", data.toString()))
                .contains("release 1 stays current (it publishes these dumps)");
        // The release holds the converter's dump bytes (a hard link where the file system allows).
        assertThat(Files.mismatch(data.resolve("releases/1/esf-kg.nq.gz"), tmp.resolve("out/esf-kg.nq.gz"))).isEqualTo(-1L);
    }
}
