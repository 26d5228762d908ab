package se.esfkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import se.esfkg.problem.PageRejectedException;
import se.esfkg.problem.ProblemReporter;
import se.esfkg.problem.SourceLocation;

/**
 * Turns a file into a {@link SourceDocument}, refusing what is not text: an empty file, binary
 * content. Bytes that are not UTF-8 are read as Windows-1252 with a warning at their line. Refusals
 * name the file and, where it helps, the line.
 */
public final class SourceReader {

    /**
     * Longest line kept whole; the rest of a longer one is dropped with a warning at its line, before
     * any reader sees it. Far above a real page's longest paragraph (a few thousand characters); a
     * 10 MB title line is cut here, then to the title's own limit ({@code parse.Limits}).
     */
    public static final int MAX_LINE_CHARS = 200_000;

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    private SourceReader() {
    }

    public static SourceDocument read(Path file) {
        return read(file, problem -> { });
    }

    /** As {@link #read(Path)}; characters XML 1.0 cannot carry are removed, each line with a warning. */
    public static SourceDocument read(Path file, ProblemReporter problems) {
        return read(file, file.getFileName().toString(), problems);
    }

    /** As {@link #read(Path, ProblemReporter)}, the document named {@code name} (its path below the input). */
    public static SourceDocument read(Path file, String name, ProblemReporter problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PageRejectedException(SourceLocation.ofFile(name), "cannot read file: " + e.getMessage());
        }
        return decode(name, bytes, problems);
    }

    public static SourceDocument decode(String name, byte[] bytes) {
        return decode(name, bytes, problem -> { });
    }

    public static SourceDocument decode(String name, byte[] bytes, ProblemReporter problems) {
        SourceLocation whole = SourceLocation.ofFile(name);
        if (bytes.length == 0) {
            throw new PageRejectedException(whole, "empty file");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new PageRejectedException(whole.at(lineOf(bytes, nul), ""),
                    "binary content (NUL byte at offset " + nul + "), not a text page");
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older pages saved from Windows editors are Windows-1252 (Latin-1 with €, dashes and curly
            // quotes). Such a page still has its title and text: read it so and say where, rather than lose it.
            int bad = firstInvalidUtf8(bytes);
            text = new String(bytes, WINDOWS_1252);
            problems.warning(whole.at(lineOf(bytes, bad), ""), String.format(
                    "not UTF-8 (invalid byte 0x%02X at offset %d): read as Windows-1252", bytes[bad] & 0xFF, bad));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new PageRejectedException(whole, "empty file (only white space)");
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = withoutXmlForbidden(text, whole, problems);
        text = withLinesCut(text, MAX_LINE_CHARS, whole, problems);
        return new SourceDocument(name, text, sha256(bytes));
    }

    /**
     * Removes the characters XML 1.0 cannot carry (C0 controls other than tab and line feed, U+FFFE,
     * U+FFFF; the white-space ones become a space): one vertical tab in a page used to make the RDF/XML dump unreadable. Each line that
     * lost some gets a warning naming them.
     */
    static String withoutXmlForbidden(String text, SourceLocation whole, ProblemReporter problems) {
        if (text.chars().noneMatch(SourceReader::xmlForbidden)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int line = 1;
        java.util.Set<String> removedOnLine = new java.util.TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (xmlForbidden(c)) {
                removedOnLine.add(String.format("U+%04X", (int) c));
                if (Character.isWhitespace(c)) {
                    kept.append(' '); // a vertical tab or form feed still separates two words
                }
                continue;
            }
            if (c == '\n') {
                report(whole, line, removedOnLine, problems);
                line++;
            }
            kept.append(c);
        }
        report(whole, line, removedOnLine, problems);
        return kept.toString();
    }

    /** {@code text} with every line longer than {@code max} cut to {@code max}, each with a warning. */
    static String withLinesCut(String text, int max, SourceLocation whole, ProblemReporter problems) {
        StringBuilder kept = null;
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > max) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, start);
                }
                int cut = Character.isHighSurrogate(text.charAt(start + max - 1)) ? start + max - 1 : start + max;
                kept.append(text, start, cut);
                problems.warning(whole.at(line, ""), "line of " + (end - start) + " characters cut to " + max);
            } else if (kept != null) {
                kept.append(text, start, end);
            }
            if (end < text.length() && kept != null) {
                kept.append('\n');
            }
            start = end + 1;
            line++;
        }
        return kept == null ? text : kept.toString();
    }

    private static void report(SourceLocation whole, int line, java.util.Set<String> removed, ProblemReporter problems) {
        if (!removed.isEmpty()) {
            problems.warning(whole.at(line, ""), "removed control character(s) that XML cannot carry: "
                    + String.join(", ", removed));
            removed.clear();
        }
    }

    private static boolean xmlForbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len;
            if (c < 0x80) {
                len = 1;
            } else if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
            } else {
                return i;
            }
            if (i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return Math.max(0, b.length - 1);
    }
}
