package org.vtprotect.library.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.LibraryImports;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * The manifest template to download: the header row and one example row in the reader's language,
 * with real codes, UTF-8 with a byte-order mark so that spreadsheets open it as UTF-8.
 */
@Controller
class ManifestTemplate {

    static final String PATH = ImportListPage.PATH + "/manifest.csv";

    private final MessageSource messages;
    private final Taxonomy taxonomy;

    ManifestTemplate(MessageSource messages, Taxonomy taxonomy) {
        this.messages = messages;
        this.taxonomy = taxonomy;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> template(Locale locale) {
        String language = List.of("en", "fr", "es", "ru", "zh", "ar").contains(locale.getLanguage())
                ? locale.getLanguage()
                : "en";
        List<String> example = List.of(
                messages.getMessage("library.import.template.file", null, locale),
                messages.getMessage("library.import.template.title", null, locale),
                messages.getMessage("library.import.template.summary", null, locale),
                language,
                String.valueOf(Year.now().getValue()),
                "",
                first(Vocabulary.TARGET_TYPES, 2),
                first(Vocabulary.THREAT_TYPES, 1),
                first(Vocabulary.THEMES, 1),
                first(Vocabulary.ACTOR_TYPES, 1),
                first(Vocabulary.PHASES, 1),
                "TJK;UZB",
                "143",
                AccessLevel.PUBLIC.name(),
                "");
        StringWriter csv = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(LibraryImports.MANIFEST_COLUMNS);
            printer.printRecord(example);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("manifest.csv")
                                .build()
                                .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String first(Vocabulary vocabulary, int count) {
        return String.join(";", taxonomy.codes(vocabulary).stream().limit(count).toList());
    }
}
