package org.vtprotect.library.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vtprotect.library.ImportState;
import org.vtprotect.library.ImportView;
import org.vtprotect.library.LibraryImports;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * Bulk imports over JSON (programme staff): send a ZIP with its manifest, get 202 and the import's
 * id at once, then follow its state, counts and per-file results, the reasons in the caller's language.
 */
@RestController("libraryImportApi")
class ImportApi {

    static final int MAX_SIZE = 200;

    record Started(long id) {}

    record ImportedFile(@Nullable Integer row, @Nullable String file, long documentId) {}

    record FailedFile(@Nullable Integer row, @Nullable String file, String reason) {}

    record Status(
            long id,
            String fileName,
            ImportState state,
            int total,
            int done,
            List<FailedFile> failed,
            List<ImportedFile> imported,
            String startedBy,
            Instant createdAt,
            @Nullable Instant finishedAt) {}

    record Items(List<ImportView.Summary> items, int page, int size, long totalItems) {}

    private final LibraryImports imports;
    private final MessageSource messages;

    ImportApi(LibraryImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(value = "/api/v1/library/imports", consumes = "multipart/form-data")
    ResponseEntity<Started> start(@RequestPart(value = "archive", required = false) @Nullable MultipartFile archive)
            throws IOException {
        if (archive == null || (archive.isEmpty() && blank(archive.getOriginalFilename()))) {
            throw ProblemException.invalid("archive", "library.import.archive.required");
        }
        long id = imports.start(archive.getOriginalFilename(), archive.getBytes());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/library/imports/" + id))
                .body(new Started(id));
    }

    @GetMapping("/api/v1/library/imports/{id}")
    Status one(@PathVariable long id, Locale locale) {
        ImportView view = imports.find(id).orElseThrow(ProblemException::notFound);
        ImportView.Summary s = view.summary();
        return new Status(
                s.id(),
                s.fileName(),
                s.state(),
                s.total(),
                s.done(),
                view.failed().stream()
                        .map(f -> new FailedFile(f.row(), f.file(), ImportReasons.text(messages, f.reasons(), locale)))
                        .toList(),
                view.imported().stream()
                        .map(i -> new ImportedFile(i.row(), i.file(), i.documentId()))
                        .toList(),
                s.startedBy(),
                s.createdAt(),
                s.finishedAt());
    }

    @GetMapping("/api/v1/library/imports")
    Items list(
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            @RequestParam(required = false) @Nullable String state) {
        List<FieldProblem> problems = new ArrayList<>();
        int p = number(page, "page", 0, Integer.MAX_VALUE, "library.search.page.invalid", problems);
        int n = number(size, "size", 1, MAX_SIZE, "library.search.size.invalid", problems);
        ImportState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = ImportState.valueOf(state.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("state", "library.import.state.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        var found = imports.list(null, wanted, PageRequest.of(p, n));
        return new Items(found.getContent(), p, n, found.getTotalElements());
    }

    private static int number(String value, String field, int min, int max, String key, List<FieldProblem> problems) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                problems.add(new FieldProblem(field, key));
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "library.search.number.invalid"));
            return min;
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
