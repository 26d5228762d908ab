package se.esfkg.web.pictures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.esfkg.web.pictures.MunicipalityNetwork.Link;
import se.esfkg.web.pictures.MunicipalityNetwork.Network;
import se.esfkg.web.pictures.MunicipalityNetwork.Place;

/**
 * Where the network's municipalities and links go in the SVG: places evenly round a circle, names
 * outside it, a link's width growing with the number of partners it stands for. Numbers only; the
 * template draws them.
 */
public record NetworkDrawing(int size, List<Dot> dots, List<Line> lines) {

    public static final int SIZE = 640;
    private static final double RADIUS = 200;

    public record Dot(Place place, double x, double y, double labelX, double labelY, String anchor) {
    }

    /** {@code id} names the table row that explains the link. */
    public record Line(Link link, String id, double x1, double y1, double x2, double y2, double width) {
    }

    public static NetworkDrawing of(Network network) {
        double centre = SIZE / 2.0;
        Map<String, Dot> byIri = new HashMap<>();
        List<Dot> dots = new ArrayList<>();
        int n = network.places().size();
        for (int i = 0; i < n; i++) {
            Place p = network.places().get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            Dot dot = new Dot(p, round(centre + RADIUS * cos), round(centre + RADIUS * sin),
                    round(centre + (RADIUS + 14) * cos), round(centre + (RADIUS + 14) * sin + 5 + 6 * sin), anchor);
            dots.add(dot);
            byIri.put(p.iri(), dot);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < network.links().size(); i++) {
            Link link = network.links().get(i);
            Dot a = byIri.get(link.a().iri());
            Dot b = byIri.get(link.b().iri());
            lines.add(new Line(link, "link-" + (i + 1), a.x(), a.y(), b.x(), b.y(),
                    Math.min(12, 1.5 + 2.0 * (link.partnerCount() - 1))));
        }
        return new NetworkDrawing(SIZE, dots, lines);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
