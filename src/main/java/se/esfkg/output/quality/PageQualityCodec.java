package se.esfkg.output.quality;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A report row in a spill file ({@link Spill}): every component, in declaration order. */
final class PageQualityCodec implements Spill.Codec<PageQuality> {

    static final PageQualityCodec INSTANCE = new PageQualityCodec();

    private PageQualityCodec() {
    }

    @Override
    public void write(DataOutputStream out, PageQuality p) throws IOException {
        Spill.writeString(out, p.file());
        out.writeInt(p.line());
        Spill.writeString(out, p.layout());
        out.writeByte(p.status().ordinal());
        Spill.writeString(out, p.title());
        Spill.writeString(out, p.project());
        Spill.writeStrings(out, p.found());
        Spill.writeStrings(out, p.missing());
        out.writeInt(p.warnings().size());
        for (PageQuality.Warning w : p.warnings()) {
            Spill.writeString(out, w.severity());
            out.writeInt(w.line());
            Spill.writeString(out, w.field());
            Spill.writeString(out, w.message());
        }
        Spill.writeStrings(out, p.unresolvedOrganisations());
        Spill.writeStrings(out, p.unknownHeadings());
        writeClassifications(out, p.classifications());
    }

    @Override
    public PageQuality read(DataInputStream in) throws IOException {
        String file = Spill.readString(in);
        int line = in.readInt();
        String layout = Spill.readString(in);
        PageQuality.Status status = PageQuality.Status.values()[in.readByte()];
        String title = Spill.readString(in);
        String project = Spill.readString(in);
        List<String> found = Spill.readStrings(in);
        List<String> missing = Spill.readStrings(in);
        int n = in.readInt();
        List<PageQuality.Warning> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new PageQuality.Warning(Spill.readString(in), in.readInt(), Spill.readString(in),
                    Spill.readString(in)));
        }
        return new PageQuality(file, line, layout, status, title, project, found, missing, warnings,
                Spill.readStrings(in), Spill.readStrings(in), readClassifications(in));
    }

    static void writeClassifications(DataOutputStream out, List<PageQuality.Classified> items) throws IOException {
        out.writeInt(items.size());
        for (PageQuality.Classified c : items) {
            Spill.writeString(out, c.concept());
            Spill.writeString(out, c.confidence());
        }
    }

    static List<PageQuality.Classified> readClassifications(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<PageQuality.Classified> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(new PageQuality.Classified(Spill.readString(in), Spill.readString(in)));
        }
        return items;
    }
}
