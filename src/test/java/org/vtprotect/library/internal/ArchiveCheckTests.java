package org.vtprotect.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.vtprotect.library.ImportLimits;
import org.vtprotect.platform.ProblemException;

/** The archive check refuses every unsafe archive before anything is stored, and finds the manifest. */
class ArchiveCheckTests {

    static final String MANIFEST = "file,title,accessLevel\na.txt,A,PUBLIC\n";

    static ArchiveCheck check(int maxEntries, long maxExpandedMb, int ratio) {
        return new ArchiveCheck(new ImportLimits(
                DataSize.ofMegabytes(1),
                maxEntries,
                DataSize.ofMegabytes(maxExpandedMb),
                ratio,
                DataSize.ofKilobytes(64),
                Duration.ofMinutes(3),
                Duration.ofSeconds(10)));
    }

    final ArchiveCheck check = check(10, 50, 100);

    @Test
    void findsTheManifestAndTheFilesInArchiveOrder() {
        var contents = check.check(Zips.of()
                .add("b.txt", "b")
                .add("manifest.csv", MANIFEST)
                .add("docs/", new byte[0])
                .add("docs/a.txt", "a")
                .add("__MACOSX/._a.txt", "x")
                .add("nested.zip", Zips.of().add("inner.txt", "i").bytes())
                .bytes());
        assertThat(contents.prefix()).isEmpty();
        assertThat(new String(contents.manifest())).isEqualTo(MANIFEST);
        assertThat(contents.files()).containsExactly("b.txt", "docs/a.txt", "nested.zip");
    }

    @Test
    void anArchiveOfOneFolderHasItsManifestInThatFolder() {
        var contents = check.check(Zips.of()
                .add("guides/manifest.csv", MANIFEST)
                .add("guides/a.txt", "a")
                .bytes());
        assertThat(contents.prefix()).isEqualTo("guides/");
        assertThat(contents.files()).containsExactly("a.txt");
    }

    @Test
    void namesLeadingOutsideTheArchiveAreRefused() {
        for (String name : List.of("../evil.txt", "a/../../evil.txt", "/etc/passwd", "a\\..\\b.txt", "C:/x.txt")) {
            assertRefused(
                    Zips.of().add("manifest.csv", MANIFEST).add(name, "x").bytes(),
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "library.import.archive.unsafePath");
        }
    }

    @Test
    void zerosDeflatedAreABombCaughtByTheBytesActuallyInflated() {
        assertRefused(
                Zips.zeros("zeros.pdf", 20, MANIFEST),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "library.import.archive.ratio");
        // with the ratio out of the way, the total expanded size stops it
        assertRefused(
                Zips.zeros("zeros.pdf", 20, MANIFEST),
                check(10, 5, Integer.MAX_VALUE),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "library.import.archive.tooBig");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Zips zips = Zips.of().add("manifest.csv", MANIFEST);
        for (int i = 0; i < 10; i++) {
            zips.add("f" + i + ".txt", "x");
        }
        assertRefused(zips.bytes(), HttpStatus.UNPROCESSABLE_CONTENT, "library.import.archive.tooManyEntries");
    }

    @Test
    void notAZipEmptyMissingManifestDamagedAndTooLargeAreRefused() {
        assertRefused(
                "%PDF-1.7 not a zip".getBytes(), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "library.import.archive.notZip");
        assertRefused(new byte[0], HttpStatus.UNSUPPORTED_MEDIA_TYPE, "library.import.archive.notZip");
        assertRefused(Zips.of().bytes(), HttpStatus.UNPROCESSABLE_CONTENT, "library.import.archive.empty");
        assertRefused(
                Zips.of().add("a.txt", "a").bytes(),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "library.import.archive.noManifest");
        assertRefused(
                Zips.of().add("x/manifest.csv", MANIFEST).add("y/a.txt", "a").bytes(),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "library.import.archive.noManifest");
        byte[] whole = Zips.of()
                .add("manifest.csv", MANIFEST)
                .add("a.txt", "a".repeat(5000))
                .bytes();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertRefused(cut, HttpStatus.UNPROCESSABLE_CONTENT, "library.import.archive.corrupt");
        assertRefused(new byte[(1 << 20) + 1], HttpStatus.CONTENT_TOO_LARGE, "library.import.archive.tooLarge");
    }

    @Test
    void filesAreGivenInOrderAndOneTooLargeAsNull() {
        byte[] archive = Zips.of()
                .add("manifest.csv", MANIFEST)
                .add("a.txt", "a")
                .add("big.txt", "b".repeat(100))
                .bytes();
        var contents = check.check(archive);
        List<String> seen = new ArrayList<>();
        ArchiveCheck.forEachFile(
                archive,
                contents,
                10,
                (name, bytes) -> seen.add(name + "=" + (bytes == null ? "null" : new String(bytes))));
        assertThat(seen).containsExactly("a.txt=a", "big.txt=null");
    }

    private void assertRefused(byte[] archive, HttpStatus status, String key) {
        assertRefused(archive, check, status, key);
    }

    private static void assertRefused(byte[] archive, ArchiveCheck check, HttpStatus status, String key) {
        assertThatThrownBy(() -> check.check(archive)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status()).isEqualTo(status);
        });
    }
}
