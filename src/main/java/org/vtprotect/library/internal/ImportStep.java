package org.vtprotect.library.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.library.ImportView.Reason;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.library.LibraryDocuments.Upload;
import org.vtprotect.library.LibraryLimits;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One step of an import: a file goes in through {@link LibraryDocuments#add}, exactly as a single
 * upload does (extraction, SHA-256 duplicate check, access level, taxonomy codes), in that call's own
 * transaction, so a file refused leaves no document, blob or index entry. Then its result and the
 * import's count are written together.
 */
@Component
public class ImportStep {

    private static final Logger log = LoggerFactory.getLogger(ImportStep.class);
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final LibraryDocuments documents;
    private final ManifestRows rows;
    private final DocumentCheck check;
    private final ArchiveImportRepository imports;
    private final ImportedFileRepository results;
    private final LibraryLimits fileLimits;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ImportStep(
            LibraryDocuments documents,
            ManifestRows rows,
            DocumentCheck check,
            ArchiveImportRepository imports,
            ImportedFileRepository results,
            LibraryLimits fileLimits,
            TransactionTemplate transaction,
            JsonMapper json) {
        this.documents = documents;
        this.rows = rows;
        this.check = check;
        this.imports = imports;
        this.results = results;
        this.fileLimits = fileLimits;
        this.transaction = transaction;
        this.json = json;
    }

    /** Takes the step and records its result; {@code bytes} is the file's content (null when it was too large). */
    void take(long importId, ImportPlan.Step step, byte @Nullable [] bytes) {
        Integer row = step.row() == null ? null : step.row().line();
        List<Reason> reasons;
        Long documentId = null;
        try {
            reasons = switch (step.kind()) {
                case NO_ROW -> List.of(reason("library.import.reason.noRow"));
                case NO_FILE -> List.of(reason("library.import.reason.noFile"));
                case REPEATED -> List.of(reason("library.import.reason.repeated"));
                case FILE, LINK -> List.of();
            };
            if (reasons.isEmpty()) {
                if (step.kind() == ImportPlan.Kind.FILE && bytes == null) {
                    throw new ProblemException(
                            org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                            "library.file.tooLarge",
                            fileLimits.maxFileSize().toMegabytes());
                }
                ManifestRows.Described described = rows.describe(step.row());
                reasons = unreadable(described);
                if (reasons.isEmpty()) {
                    Upload upload = step.kind() == ImportPlan.Kind.FILE ? new Upload(step.file(), bytes) : null;
                    documentId = documents.add(described.metadata(), upload).id();
                }
            }
        } catch (ProblemException e) {
            reasons = reasons(e);
        } catch (RuntimeException e) {
            log.warn("library import {}: {} failed unexpectedly: {}", importId, step.key(), e.toString());
            reasons = List.of(reason("library.import.reason.unexpected"));
        }
        ImportedFile result = documentId != null
                ? ImportedFile.imported(importId, row, step.file(), documentId)
                : ImportedFile.failed(importId, row, step.file(), json.writeValueAsString(reasons));
        boolean imported = documentId != null;
        transaction.executeWithoutResult(status -> {
            results.save(result);
            imports.findById(importId).orElseThrow().recorded(imported);
        });
    }

    /** The cells of the row that cannot be read, and with them any other field at fault; empty when the row reads well. */
    private List<Reason> unreadable(ManifestRows.Described described) {
        if (described.problems().isEmpty()) {
            return List.of();
        }
        List<FieldProblem> problems = new ArrayList<>(described.problems());
        try {
            String language = described.metadata().language();
            check.check(described.metadata(), language == null ? "en" : language, true);
        } catch (ProblemException e) {
            e.fieldProblems().stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(column(p.field()))))
                    .forEach(problems::add);
        }
        return problems.stream()
                .map(p -> new Reason(column(p.field()), p.messageKey(), List.of()))
                .toList();
    }

    private static List<Reason> reasons(ProblemException e) {
        if (!e.fieldProblems().isEmpty()) {
            return e.fieldProblems().stream()
                    .map(p -> new Reason(column(p.field()), p.messageKey(), List.of()))
                    .toList();
        }
        return List.of(new Reason(
                null,
                e.messageKey(),
                Arrays.stream(e.arguments()).map(String::valueOf).toList()));
    }

    /** The manifest column of a field of the document description. */
    private static String column(String field) {
        return field.equals("sourceOrganisationId") ? "sourceOrganisation" : field;
    }

    private static Reason reason(String key) {
        return new Reason(null, key, List.of());
    }

    /** The reasons of a recorded failure. */
    public List<Reason> read(@Nullable String reasons) {
        return reasons == null ? List.of() : json.readValue(reasons, REASONS);
    }
}
