package se.esfkg.publish.dcat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.esfkg.knowledge.Table;

/**
 * Where the catalog's places lie: a bounding box per location IRI (Sweden, the NUTS-2 regions),
 * from {@code reference/extents.csv}, written as GeoSPARQL WKT for {@code dcat:bbox} and
 * {@code dcat:centroid}.
 */
public final class Extents {

    public static final String TABLE = "reference/extents.csv";

    /** A box in degrees, longitude first (CRS84, GeoSPARQL's default). */
    public record Box(BigDecimal west, BigDecimal south, BigDecimal east, BigDecimal north) {
        public Box {
            if (west.compareTo(east) >= 0 || south.compareTo(north) >= 0) {
                throw new IllegalArgumentException("empty box " + west + "," + south + "," + east + "," + north);
            }
        }

        /** The closed ring, counter-clockwise from the south-west corner. */
        public String wktPolygon() {
            return "POLYGON((" + point(west, south) + ", " + point(east, south) + ", " + point(east, north) + ", "
                    + point(west, north) + ", " + point(west, south) + "))";
        }

        /** The centre of the box. */
        public String wktCentroid() {
            BigDecimal two = BigDecimal.valueOf(2);
            return "POINT(" + point(west.add(east).divide(two, 3, RoundingMode.HALF_UP).stripTrailingZeros(),
                    south.add(north).divide(two, 3, RoundingMode.HALF_UP).stripTrailingZeros()) + ")";
        }

        private static String point(BigDecimal lon, BigDecimal lat) {
            return lon.toPlainString() + " " + lat.toPlainString();
        }
    }

    private static final Extents SHIPPED = of(Table.fromClasspath(TABLE));

    private final Map<String, Box> byIri;

    private Extents(Map<String, Box> byIri) {
        this.byIri = Map.copyOf(byIri);
    }

    /** The boxes shipped with esf-kg; an immutable table read once. */
    public static Extents shipped() {
        return SHIPPED;
    }

    public static Extents of(Table table) {
        Map<String, Box> boxes = new HashMap<>();
        table.forEach(r -> boxes.put(r.get("iri"), new Box(new BigDecimal(r.get("west")),
                new BigDecimal(r.get("south")), new BigDecimal(r.get("east")), new BigDecimal(r.get("north")))));
        return new Extents(boxes);
    }

    public Optional<Box> of(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }
}
