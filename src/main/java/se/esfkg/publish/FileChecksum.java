package se.esfkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A published file's name, size in bytes and SHA-256 of exactly those bytes. */
public record FileChecksum(String fileName, long bytes, String sha256) {

    public FileChecksum {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
    }

    public static FileChecksum of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256Digest())) {
            byte[] buffer = new byte[1 << 16];
            long n = 0;
            for (int r; (r = in.read(buffer)) > 0;) {
                n += r;
            }
            String hex = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new FileChecksum(file.getFileName().toString(), n, hex);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line {@code sha256sum} writes and {@code sha256sum -c} checks (binary mode). */
    public String sumsLine() {
        return sha256 + " *" + fileName;
    }
}
