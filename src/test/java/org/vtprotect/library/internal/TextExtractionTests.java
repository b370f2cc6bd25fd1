package org.vtprotect.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.vtprotect.library.LibraryLimits;
import org.vtprotect.platform.ProblemException;

/** Text, pages and language read from real files of each format, and the refusals of files that cannot be read. */
class TextExtractionTests {

    private final TextExtraction extraction =
            new TextExtraction(new LibraryLimits(DataSize.ofMegabytes(1), 100_000, Duration.ofSeconds(30)));

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = TextExtractionTests.class.getResourceAsStream("/library/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsWordFromLibreOfficeInFrench() throws IOException {
        Extraction read = extraction.extract(fixture("fr-urban-centres.docx"), "fr-urban-centres.docx");
        assertThat(read.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(read.text()).contains("barrières anti-véhicules").contains("sécurité");
        assertThat(read.language()).isEqualTo("fr");
    }

    @Test
    void readsArabicPdf() throws IOException {
        Extraction read = extraction.extract(fixture("ar-tourist-venues.pdf"), "ar-tourist-venues.pdf");
        assertThat(read.contentType()).isEqualTo("application/pdf");
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.language()).isEqualTo("ar");
        assertThat(read.text()).contains("الفنادق");
    }

    @Test
    void readsRussianOpenDocumentSpanishWord97AndChineseText() throws IOException {
        Extraction russian = extraction.extract(fixture("ru-crowded-places.odt"), "x.odt");
        assertThat(russian.text()).contains("Операторы стадионов");
        assertThat(russian.language()).isEqualTo("ru");
        Extraction spanish = extraction.extract(fixture("es-religious-sites.doc"), "x.doc");
        assertThat(spanish.contentType()).isEqualTo("application/msword");
        assertThat(spanish.text()).contains("mezquitas");
        assertThat(spanish.language()).isEqualTo("es");
        Extraction chinese = extraction.extract(fixture("zh-drones.txt"), "zh-drones.txt");
        assertThat(chinese.contentType()).isEqualTo("text/plain");
        assertThat(chinese.text()).contains("无人机系统");
        assertThat(chinese.language()).isEqualTo("zh");
        Extraction html = extraction.extract(fixture("ru-crowded-places.html"), "page.html");
        assertThat(html.contentType()).isEqualTo("text/html");
        assertThat(html.text()).contains("Беспилотные");
    }

    @Test
    void countsThePagesOfAGhostscriptPdf() throws IOException {
        Extraction read = extraction.extract(fixture("en-religious-sites.pdf"), "en.pdf");
        assertThat(read.pages()).isEqualTo(2);
        assertThat(read.language()).isEqualTo("en");
        assertThat(read.text()).contains("Places of worship");
    }

    @Test
    void refusesAnEncryptedPdfAsProtected() throws IOException {
        assertThat(refusal(fixture("encrypted.pdf"), "encrypted.pdf"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT + " library.file.encrypted");
    }

    @Test
    void refusesATruncatedPdfAsDamaged() throws IOException {
        assertThat(refusal(fixture("truncated.pdf"), "truncated.pdf"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT + " library.file.corrupt");
    }

    @Test
    void refusesAnExecutableNamedPdfAsUnsupported() throws IOException {
        assertThat(refusal(fixture("executable.pdf"), "report.pdf"))
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE + " library.file.unsupported");
    }

    @Test
    void refusesEmptyAndOversizeFiles() {
        assertThat(refusal(new byte[0], "empty.pdf"))
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT + " library.file.empty");
        assertThat(refusal(new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1], "big.txt"))
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE + " library.file.tooLarge");
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfCharacters() {
        var small = new TextExtraction(new LibraryLimits(DataSize.ofMegabytes(1), 50, Duration.ofSeconds(30)));
        Extraction read = small.extract("word ".repeat(10_000).getBytes(), "long.txt");
        assertThat(read.text().length()).isLessThanOrEqualTo(50);
    }

    private String refusal(byte[] bytes, String name) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> extraction.extract(bytes, name));
        assertThat(e).as("refused").isNotNull();
        return e.status() + " " + e.messageKey();
    }
}
