package se.esfkg.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;

/**
 * The identifier the EU's Kohesio platform gives an operation, {@code <CCI><number>_<dnr>}, so that
 * the graph can later be linked with EU data. The programme numbers live in {@code map/programmes.csv}.
 */
public final class KohesioIds {

    private final Map<String, String> numberByCci;

    private KohesioIds(Map<String, String> numberByCci) {
        this.numberByCci = Map.copyOf(numberByCci);
    }

    public static KohesioIds from(KnowledgeBase knowledge) {
        Map<String, String> m = new HashMap<>();
        knowledge.table("map/programmes.csv").forEach(row -> m.put(row.get("cci"), row.get("number")));
        return new KohesioIds(m);
    }

    public Optional<String> operationId(String programmeCci, String caseNumber) {
        return Optional.ofNullable(numberByCci.get(programmeCci)).map(n -> programmeCci + n + "_" + caseNumber);
    }
}
