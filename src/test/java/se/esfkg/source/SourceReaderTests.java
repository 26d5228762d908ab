package se.esfkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.esfkg.problem.PageRejectedException;

class SourceReaderTests {

    private static final Path BAD = Path.of("src/test/resources/layouts/a");

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> SourceReader.read(BAD.resolve("bad-empty-01.txt")))
                .isInstanceOf(PageRejectedException.class)
                .hasMessage("empty file [bad-empty-01.txt:1]");
    }

    @Test
    void whiteSpaceOnlyIsEmptyToo() {
        assertThatThrownBy(() -> SourceReader.decode("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("empty file (only white space) [blank.txt:1]");
    }

    @Test
    void binaryFile() {
        assertThatThrownBy(() -> SourceReader.read(BAD.resolve("bad-binary-01.txt")))
                .hasMessage("binary content (NUL byte at offset 4), not a text page [bad-binary-01.txt:1]");
    }

    @Test
    void latin1IsReadAsWindows1252WithAWarningAtItsLine() {
        java.util.List<se.esfkg.problem.Problem> warnings = new java.util.ArrayList<>();
        SourceDocument doc = SourceReader.read(BAD.resolve("bad-latin1-01.txt"), warnings::add);
        assertThat(warnings).extracting(Object::toString).containsExactly(
                "warning: not UTF-8 (invalid byte 0xE5 at offset 9): read as Windows-1252 [bad-latin1-01.txt:1]");
        assertThat(doc.text()).contains("Logotyp på utskrifter").contains("Projektfäs");
    }

    @Test
    void textIsNfcWithLfAndHashedAsRead() {
        byte[] bytes = "\uFEFFTitel\r\nA\u0308r\r\n".getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = SourceReader.decode("x.txt", bytes);
        assertThat(doc.text()).isEqualTo("Titel\nÄr\n");
        assertThat(doc.sha256()).isEqualTo(SourceReader.sha256(bytes)).hasSize(64);
        assertThat(doc.lines()).containsExactly("Titel", "Är", "");
    }
}
