package se.esfkg.web.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.esfkg.testing.Http;
import se.esfkg.web.EsfServer;
import se.esfkg.web.SeedData;

/**
 * The network picture answers the headline question exactly as the shared-partners examples do on
 * the live endpoint: the same pairs of municipalities, each with the same partners.
 */
class NetworkPictureTests {

    @ParameterizedTest
    @CsvSource({"agency, municipalities-sharing-partners.rq", "exact, municipalities-sharing-partners-strict.rq"})
    void theLinksAreTheExampleAnswer(String level, String example) throws IOException {
        EsfServer server = SeedData.server();
        String query = Files.readString(Path.of("sparql-examples", example));
        HttpResponse<String> answer = Http.getQuery(server.endpoint(), query, "text/csv");
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, Set<String>> expected = new HashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(answer.body()))) {
            Set<String> partners = new TreeSet<>(Arrays.asList(r.get("partners").split(" \\| ")));
            assertThat(partners).hasSize(Integer.parseInt(r.get("sharedPartners")));
            expected.put(r.get("municipalityA") + " – " + r.get("municipalityB"), partners);
        }
        assertThat(expected).isNotEmpty();

        HttpResponse<String> page = Http.get(server.url("/pictures/network?level=" + level), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        Map<String, Set<String>> drawn = new HashMap<>();
        for (Element row : html.select("table.data tbody tr")) {
            Set<String> partners = row.select("td ul li span.name").stream().map(Element::text)
                    .collect(Collectors.toCollection(TreeSet::new));
            drawn.put(row.selectFirst("th").text(), partners);
        }
        assertThat(drawn).isEqualTo(expected);
        // A department is shown with its municipality, so people can tell Hässleholm's from Lycksele's.
        assertThat(html.select("table.data li").eachText()).contains("Arbetsmarknadsenheten, Hässleholms kommun");
        // Every row of the table is a line in the picture, naming the same partners in its tooltip.
        assertThat(html.select("svg.network g.link line")).hasSize(expected.size());
        for (Element line : html.select("svg.network g.link line")) {
            String tooltip = line.selectFirst("title").text();
            String pair = tooltip.substring(0, tooltip.indexOf(": "));
            assertThat(expected).containsKey(pair);
            assertThat(tooltip.split("; ")).hasSize(expected.get(pair).size());
            expected.get(pair).forEach(name -> assertThat(tooltip).contains(name));
        }
    }
}
