package se.esfkg.classify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One concept assigned to a project, with all evidence found for it.
 *
 * @param conceptIri the SKOS concept, e.g. {@code https://w3id.org/esf-kg/def/cooperation-model/one-way-in}
 */
public record Classification(String conceptIri, List<Evidence> evidence) {

    /** From this confidence on a classification counts as strong (docs/classification.md). */
    public static final BigDecimal STRONG = new BigDecimal("0.90");

    public Classification {
        Objects.requireNonNull(conceptIri, "conceptIri");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a classification needs evidence: " + conceptIri);
        }
    }

    /**
     * The evidence taken together as independent signs, 1 - (1 - c1)(1 - c2)…, to two decimals:
     * one phrase gives 0.80, two give 0.96, a partner of the right kind alone 0.90.
     */
    public BigDecimal confidence() {
        BigDecimal doubt = BigDecimal.ONE;
        for (Evidence e : evidence) {
            doubt = doubt.multiply(BigDecimal.ONE.subtract(e.confidence()));
        }
        return BigDecimal.ONE.subtract(doubt).setScale(2, RoundingMode.HALF_UP);
    }

    /** The rule of the strongest evidence (the first of equals, in page order). */
    public String rule() {
        return evidence.stream().max(Comparator.comparing(Evidence::confidence)).orElseThrow().rule();
    }

    public boolean isStrong() {
        return confidence().compareTo(STRONG) >= 0;
    }
}
