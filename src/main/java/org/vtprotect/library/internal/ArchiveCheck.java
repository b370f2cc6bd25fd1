package org.vtprotect.library.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.vtprotect.library.ImportLimits;
import org.vtprotect.platform.ProblemException;

/**
 * Checks an import's archive before anything of it is stored: a ZIP (415 otherwise), no larger than
 * allowed (413), every entry name inside the archive, no entry twice, not too many entries, and the
 * bytes actually inflated (never the sizes the headers claim) neither too many in all nor too many
 * for one entry's compressed bytes (a ZIP bomb), and a {@code manifest.csv} at its top (or in its one
 * top folder). Every refusal is a 4xx {@link ProblemException}. Archives inside are plain files.
 */
@Component
public class ArchiveCheck {

    public static final String MANIFEST = "manifest.csv";

    /** Below this many inflated bytes an entry is not judged by its compression ratio (small text compresses well). */
    static final long RATIO_FLOOR = 1 << 20;

    /** What the check found: the folder the manifest is in ("" or "name/"), its bytes, and the other files in archive order. */
    public record Contents(String prefix, byte[] manifest, List<String> files) {}

    private final ImportLimits limits;

    public ArchiveCheck(ImportLimits limits) {
        this.limits = limits;
    }

    public Contents check(byte[] archive) {
        if (archive.length > limits.maxArchiveSize().toBytes()) {
            throw new ProblemException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "library.import.archive.tooLarge",
                    limits.maxArchiveSize().toMegabytes());
        }
        if (!isZip(archive)) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "library.import.archive.notZip");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, byte[]> manifests = new HashMap<>();
        long expanded = 0;
        Counting counted = new Counting(new ByteArrayInputStream(archive));
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!safe(name)) {
                    throw unprocessable("library.import.archive.unsafePath", shown(name));
                }
                if (!seen.add(name)) {
                    throw unprocessable("library.import.archive.duplicateEntry", shown(name));
                }
                if (seen.size() > limits.maxEntries()) {
                    throw unprocessable("library.import.archive.tooManyEntries", limits.maxEntries());
                }
                boolean manifest = isManifest(name);
                ByteArrayOutputStream kept = manifest ? new ByteArrayOutputStream() : null;
                long before = counted.count;
                long inflated = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    expanded += n;
                    if (expanded > limits.maxExpandedSize().toBytes()) {
                        throw unprocessable(
                                "library.import.archive.tooBig",
                                limits.maxExpandedSize().toMegabytes());
                    }
                    long compressed = Math.max(1, counted.count - before);
                    if (inflated > RATIO_FLOOR && inflated / compressed > limits.maxCompressionRatio()) {
                        throw unprocessable("library.import.archive.ratio", shown(name));
                    }
                    if (kept != null) {
                        if (inflated > limits.maxManifestSize().toBytes()) {
                            throw unprocessable(
                                    "library.import.manifest.tooLarge",
                                    limits.maxManifestSize().toMegabytes());
                        }
                        kept.write(buffer, 0, n);
                    }
                }
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                if (manifest) {
                    manifests.put(name, kept.toByteArray());
                }
                names.add(name);
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged archive, or entry names that are not valid UTF-8
            throw unprocessable("library.import.archive.corrupt");
        }
        if (seen.isEmpty()) {
            throw unprocessable("library.import.archive.empty");
        }
        return contents(names, manifests);
    }

    /** The manifest at the top, or else in the one folder that holds everything (as when a folder is zipped). */
    private static Contents contents(List<String> names, Map<String, byte[]> manifests) {
        String prefix = null;
        if (manifests.containsKey(MANIFEST)) {
            prefix = "";
        } else if (manifests.size() == 1) {
            String at = manifests.keySet().iterator().next();
            String folder = at.substring(0, at.length() - MANIFEST.length());
            if (folder.indexOf('/') == folder.length() - 1 && names.stream().allMatch(n -> n.startsWith(folder))) {
                prefix = folder;
            }
        }
        if (prefix == null) {
            throw unprocessable("library.import.archive.noManifest");
        }
        String folder = prefix;
        String top = prefix + MANIFEST;
        List<String> files = names.stream()
                .filter(n -> !n.equals(top))
                .map(n -> n.substring(folder.length()))
                .toList();
        return new Contents(prefix, manifests.get(top), files);
    }

    /** A ZIP starts with a local file header, or is empty (only the end of its directory). */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /** A name that stays inside the archive: relative, forward slashes only, no ".." step, no drive, no control character. */
    static boolean safe(String name) {
        if (name.isEmpty()
                || name.length() > 1000
                || name.startsWith("/")
                || name.contains("\\")
                || name.matches("^[A-Za-z]:.*")
                || name.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String step : name.split("/")) {
            if (step.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** What operating systems add to archives they make: not documents, not reported. */
    static boolean skipped(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || base.equals(".DS_Store") || base.equalsIgnoreCase("Thumbs.db");
    }

    private static boolean isManifest(String name) {
        return name.equals(MANIFEST) || name.endsWith("/" + MANIFEST);
    }

    /** An entry name as a message may show it: at most 200 characters. */
    private static String shown(String name) {
        return name.length() > 200 ? name.substring(0, 200) + "…" : name;
    }

    private static ProblemException unprocessable(String key, Object... args) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, key, args);
    }

    /** The archive's bytes as read so far, to weigh what each entry inflates to against what it took. */
    private static final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    /** Calls {@code each} with every file of a checked archive in order, its name relative to the manifest's folder. */
    public static void forEachFile(byte[] archive, Contents contents, long maxFileSize, FileVisitor each) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (entry.isDirectory() || skipped(name) || name.equals(contents.prefix() + MANIFEST)) {
                    continue;
                }
                byte[] bytes = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxFileSize + 1));
                each.file(name.substring(contents.prefix().length()), bytes.length > maxFileSize ? null : bytes);
            }
        } catch (IOException e) {
            throw unprocessable("library.import.archive.corrupt");
        }
    }

    /** One file of an archive: its bytes, or null when it is larger than a file may be. */
    @FunctionalInterface
    public interface FileVisitor {
        void file(String name, @Nullable byte[] bytes);
    }
}
