package se.esfkg.resolve.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.esfkg.resolve.Organisation;
import se.esfkg.resolve.organisation.OrganisationKnowledge.KindWord;
import se.esfkg.text.Slugs;

/**
 * A self-describing name: a kind word of {@code resolve/organisation-kinds.csv} ({@code AB},
 * {@code samordningsförbund}, {@code folkhögskola}, {@code förening}) at its place in the name. The
 * rule name comes from the same row ({@code company-name}, {@code civil-society-name}, …).
 */
record KindWordName(OrganisationKnowledge knowledge) implements OrganisationRule {

    @Override
    public Optional<Resolution> decide(NameOnPage name) {
        String key = name.key();
        String[] words = key.split(" ");
        for (KindWord k : knowledge.kindWords()) {
            boolean hit = switch (k.position()) {
                case "suffix" -> words[words.length - 1].equals(k.word());
                case "prefix" -> words.length > 1 && words[0].equals(k.word());
                case "contains" -> Arrays.stream(words).anyMatch(w -> w.endsWith(k.word()));
                default -> throw new IllegalStateException("unknown position " + k.position());
            };
            if (hit) {
                Organisation o = new Organisation("organisation/" + Slugs.of(key), name.name(), k.kind(),
                        Optional.empty(), Optional.empty(), Optional.empty());
                return Optional.of(new Resolution(o, List.of(), k.rule()));
            }
        }
        return Optional.empty();
    }
}
