package se.esfkg.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a run must remember of every page for its identity checks (content, graph, project), kept
 * compact: each key is reduced to a 128-bit fingerprint (the first half of its SHA-256) and maps to an
 * int, in open-addressed primitive arrays, about 30 bytes an entry whatever the length of the key. The
 * duplicate-content check already decides by SHA-256; at 128 bits two keys of one corpus collide with
 * a probability of about n²/2¹²⁹ (below 10⁻²⁶ for a million pages).
 */
final class FingerprintTable {

    /** A key's fingerprint: two longs, never both zero (zero marks an empty slot). */
    record Fingerprint(long high, long low) {

        static Fingerprint of(String key) {
            return ofDigest(sha256().digest(key.getBytes(StandardCharsets.UTF_8)));
        }

        /** The fingerprint of a SHA-256 already taken, given in hexadecimal (as {@code SourceDocument} keeps it). */
        static Fingerprint ofSha256Hex(String hex) {
            return new Fingerprint(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                    Long.parseUnsignedLong(hex.substring(16, 32), 16)).nonZero();
        }

        private static Fingerprint ofDigest(byte[] digest) {
            ByteBuffer b = ByteBuffer.wrap(digest);
            return new Fingerprint(b.getLong(), b.getLong()).nonZero();
        }

        private Fingerprint nonZero() {
            return high == 0 && low == 0 ? new Fingerprint(0, 1) : this;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }

    static final int ABSENT = -1;

    private long[] highs = new long[1 << 10];
    private long[] lows = new long[1 << 10];
    private int[] values = new int[1 << 10];
    private int size;

    /** The value of {@code key}, or {@link #ABSENT}. */
    int get(Fingerprint key) {
        int slot = slot(highs, lows, key);
        return highs[slot] == 0 && lows[slot] == 0 ? ABSENT : values[slot];
    }

    /** Maps {@code key} to {@code value} unless it has a value already; returns that value, or {@link #ABSENT}. */
    int putIfAbsent(Fingerprint key, int value) {
        int slot = slot(highs, lows, key);
        if (highs[slot] != 0 || lows[slot] != 0) {
            return values[slot];
        }
        highs[slot] = key.high();
        lows[slot] = key.low();
        values[slot] = value;
        if (++size * 4 > highs.length * 3) {
            grow();
        }
        return ABSENT;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the empty slot where it belongs (linear probing). */
    private static int slot(long[] highs, long[] lows, Fingerprint key) {
        int mask = highs.length - 1;
        int slot = (int) (key.low() ^ (key.low() >>> 32)) & mask;
        while ((highs[slot] != 0 || lows[slot] != 0) && (highs[slot] != key.high() || lows[slot] != key.low())) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHighs = highs;
        long[] oldLows = lows;
        int[] oldValues = values;
        highs = new long[oldHighs.length * 2];
        lows = new long[oldHighs.length * 2];
        values = new int[oldHighs.length * 2];
        for (int i = 0; i < oldHighs.length; i++) {
            if (oldHighs[i] != 0 || oldLows[i] != 0) {
                Fingerprint key = new Fingerprint(oldHighs[i], oldLows[i]);
                int slot = slot(highs, lows, key);
                highs[slot] = key.high();
                lows[slot] = key.low();
                values[slot] = oldValues[i];
            }
        }
    }
}
