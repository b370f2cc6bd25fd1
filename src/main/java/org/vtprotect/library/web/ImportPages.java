package org.vtprotect.library.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.library.ImportState;
import org.vtprotect.library.ImportView;
import org.vtprotect.library.LibraryImports;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Programme staff's bulk import pages: the imports with a form to start one and the manifest's
 * format, and one import's progress (htmx asks for it again every 2 s while it runs; without
 * JavaScript a link reloads it) followed by its per-file result.
 */
@Controller("libraryImportPages")
class ImportPages {

    static final int SIZE = 20;

    private final LibraryImports imports;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    ImportPages(LibraryImports imports, Taxonomy taxonomy, MessageSource messages) {
        this.imports = imports;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping(ImportListPage.PATH)
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "0") String page,
            Locale locale,
            Model model) {
        return list(q, state, page, null, locale, model);
    }

    @PostMapping(ImportListPage.PATH)
    String start(
            @RequestParam(value = "archive", required = false) @Nullable MultipartFile archive,
            Locale locale,
            Model model)
            throws IOException {
        try {
            if (archive == null || (archive.isEmpty() && ImportApi.blank(archive.getOriginalFilename()))) {
                throw new ProblemException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "library.import.archive.required");
            }
            long id = imports.start(archive.getOriginalFilename(), archive.getBytes());
            return "redirect:" + ImportListPage.PATH + "/" + id;
        } catch (ProblemException e) {
            String error = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
            return list("", "", "0", error, locale, model);
        }
    }

    @GetMapping(ImportListPage.PATH + "/{id}")
    String one(
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        ImportView view = imports.find(id).orElseThrow(ProblemException::notFound);
        model.addAttribute(
                "page",
                new ImportPage(
                        view.summary(),
                        view.imported(),
                        view.failed().stream()
                                .map(f -> new ImportPage.Refused(
                                        f.row(), f.file(), ImportReasons.text(messages, f.reasons(), locale)))
                                .toList()));
        return htmx != null && restore == null ? "library/manage/importProgress" : "library/manage/import";
    }

    private String list(String q, String state, String page, @Nullable String error, Locale locale, Model model) {
        String query = q.strip().length() > 200 ? q.strip().substring(0, 200) : q.strip();
        ImportState wanted = null;
        for (ImportState s : ImportState.values()) {
            if (s.name().equals(state)) {
                wanted = s;
            }
        }
        var found = imports.list(query, wanted, PageRequest.of(page(page), SIZE));
        Map<String, Map<String, String>> codes = new LinkedHashMap<>();
        codes.put("targetTypes", taxonomy.labels(Vocabulary.TARGET_TYPES, locale));
        codes.put("threatTypes", taxonomy.labels(Vocabulary.THREAT_TYPES, locale));
        codes.put("themes", taxonomy.labels(Vocabulary.THEMES, locale));
        codes.put("actorTypes", taxonomy.labels(Vocabulary.ACTOR_TYPES, locale));
        codes.put("phases", taxonomy.labels(Vocabulary.PHASES, locale));
        model.addAttribute(
                "page",
                ImportListPage.of(
                        query,
                        wanted == null ? "" : wanted.name(),
                        found,
                        error,
                        LibraryImports.MANIFEST_COLUMNS,
                        codes));
        return "library/manage/imports";
    }

    private static int page(String value) {
        try {
            int page = Integer.parseInt(value.strip());
            if (page < 0) {
                throw ProblemException.invalid("page", "library.search.page.invalid");
            }
            return Math.min(page, 1_000_000);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("page", "library.search.number.invalid");
        }
    }
}
