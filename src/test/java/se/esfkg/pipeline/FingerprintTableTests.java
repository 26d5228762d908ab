package se.esfkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.esfkg.pipeline.FingerprintTable.Fingerprint;

class FingerprintTableTests {

    @Test
    void everyKeyKeepsItsFirstValueThroughManyGrowths() {
        FingerprintTable table = new FingerprintTable();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            assertThat(table.putIfAbsent(Fingerprint.of("https://example.org/project/" + i), i))
                    .isEqualTo(FingerprintTable.ABSENT);
        }
        assertThat(table.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            Fingerprint key = Fingerprint.of("https://example.org/project/" + i);
            assertThat(table.get(key)).isEqualTo(i);
            assertThat(table.putIfAbsent(key, -7)).as("a second put keeps the first value").isEqualTo(i);
        }
        assertThat(table.get(Fingerprint.of("https://example.org/project/" + n))).isEqualTo(FingerprintTable.ABSENT);
        assertThat(table.size()).isEqualTo(n);
    }

    @Test
    void aHexSha256GivesItsFirst128Bits() {
        String hex = "00000000000000ff8000000000000001" + "0".repeat(32);
        assertThat(Fingerprint.ofSha256Hex(hex)).isEqualTo(new Fingerprint(0xffL, 0x8000000000000001L));
        assertThat(Fingerprint.ofSha256Hex("0".repeat(64))).as("zero marks an empty slot").isNotEqualTo(
                new Fingerprint(0, 0));
    }
}
