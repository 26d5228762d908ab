package se.esfkg.resolve.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.KnowledgeBase;
import se.esfkg.knowledge.Table;
import se.esfkg.resolve.Names;
import se.esfkg.resolve.OrgKind;

/**
 * Rows of an organisation alias file ({@code resolve/organisations.csv}, or a user's file in the
 * same format): a name as written, the organisation it means, and whether
 * {@code <name> <place>} names one of its local units.
 */
final class OrganisationAliases {

    /** One row. {@code units} is the kind given to {@code <name> <place>} units, when they exist. */
    record Alias(String name, String key, String id, String label, OrgKind kind, Optional<String> parent,
            Optional<OrgKind> units, String rule, String origin) {
    }

    private final Map<String, Alias> byKey = new LinkedHashMap<>();

    private OrganisationAliases() {
    }

    static OrganisationAliases builtIn(KnowledgeBase knowledge) {
        OrganisationAliases a = new OrganisationAliases();
        knowledge.table("resolve/organisations.csv").forEach(r -> a.add(r, "alias-file", "organisations.csv"));
        return a;
    }

    static OrganisationAliases read(Path file) {
        OrganisationAliases a = new OrganisationAliases();
        String name = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Table.parse(name, reader).forEach(r -> a.add(r, "user-alias-file", name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias file " + file, e);
        }
        return a;
    }

    private void add(Table.Row r, String rule, String origin) {
        String name = Names.clean(r.get("name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("alias row without a name");
        }
        String id = r.get("id");
        if (!id.matches("[a-z0-9]+(?:[-/][a-z0-9]+)*")) {
            throw new IllegalArgumentException("alias \"" + name + "\": id is not a clean path: " + id);
        }
        OrgKind kind = kind(r.get("kind"), name);
        String parent = r.isMapped("parent") ? r.get("parent") : "";
        String units = r.isMapped("units") ? r.get("units") : "";
        if (kind.isUnit() && parent.isBlank()) {
            throw new IllegalArgumentException("alias \"" + name + "\": a " + kind + " needs a parent");
        }
        Optional<OrgKind> unitKind = units.isBlank() ? Optional.empty() : Optional.of(kind(units, name));
        if (unitKind.isPresent() && !unitKind.get().isUnit()) {
            throw new IllegalArgumentException("alias \"" + name + "\": units must be a unit kind, not " + units);
        }
        String label = r.get("label").isBlank() ? name : Names.clean(r.get("label"));
        byKey.put(Names.key(name), new Alias(name, Names.key(name), id, label, kind,
                parent.isBlank() ? Optional.empty() : Optional.of(parent), unitKind, rule, origin));
    }

    private static OrgKind kind(String value, String name) {
        try {
            return OrgKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("alias \"" + name + "\": unknown kind \"" + value + "\"", e);
        }
    }

    Optional<Alias> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    List<Alias> all() {
        return new ArrayList<>(byKey.values());
    }
}
