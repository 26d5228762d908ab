package se.esfkg.web.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.esfkg.publish.Checksums;
import se.esfkg.publish.Precompressed;
import se.esfkg.publish.FileChecksum;
import se.esfkg.publish.release.Release;
import se.esfkg.publish.release.Releases;
import se.esfkg.web.SiteSettings;

/**
 * What the site may serve from {@code data/releases/}: the newest release is the live one (its
 * files at {@code /dumps/}), every release at {@code /releases/<n>/}. Only the files a release's
 * SHA256SUMS lists, and SHA256SUMS itself, are served: a name cannot reach anything else.
 */
@Component
public class PublishedFiles {

    private final Releases releases;

    public PublishedFiles(SiteSettings settings) {
        this.releases = new Releases(settings.data());
    }

    public Optional<Release> live() {
        return releases.latest();
    }

    /** Whether the live data is ahead of the live release: a load made it live and its release is not yet out. */
    public boolean releaseOwed() {
        return releases.owed();
    }

    public Optional<Release> release(int number) {
        return releases.get(number);
    }

    public List<Release> all() {
        return releases.list();
    }

    /** The files of a release that are still present, in SHA256SUMS order. */
    public List<PublishedFile> files(Release release) {
        return Checksums.read(release.folder()).stream()
                .map(c -> file(release, c.fileName())).flatMap(Optional::stream).toList();
    }

    public Optional<PublishedFile> file(Release release, String name) {
        List<FileChecksum> sums = Checksums.read(release.folder());
        Path folder = release.folder();
        Optional<FileChecksum> listed = name.equals(Checksums.FILE)
                ? Optional.of(FileChecksum.of(folder.resolve(Checksums.FILE)))
                : Checksums.find(sums, name);
        return listed.filter(c -> Files.isRegularFile(folder.resolve(c.fileName()))).map(c -> {
            Path path = folder.resolve(c.fileName());
            try {
                return new PublishedFile(path, new FileChecksum(c.fileName(), Files.size(path), c.sha256()),
                        Files.getLastModifiedTime(path).toInstant(), PublishedFile.mediaTypeOf(c.fileName()),
                        Precompressed.of(folder, c.fileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
