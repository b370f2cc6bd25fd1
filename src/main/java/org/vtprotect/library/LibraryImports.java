package org.vtprotect.library;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.library.ImportView.Failed;
import org.vtprotect.library.ImportView.Imported;
import org.vtprotect.library.internal.ArchiveCheck;
import org.vtprotect.library.internal.ArchiveImport;
import org.vtprotect.library.internal.ArchiveImportRepository;
import org.vtprotect.library.internal.ImportArchive;
import org.vtprotect.library.internal.ImportArchiveRepository;
import org.vtprotect.library.internal.ImportPlan;
import org.vtprotect.library.internal.ImportRunner;
import org.vtprotect.library.internal.ImportStep;
import org.vtprotect.library.internal.ImportedFile;
import org.vtprotect.library.internal.ImportedFileRepository;
import org.vtprotect.library.internal.Manifest;
import org.vtprotect.library.internal.Reader;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;

/**
 * Bulk imports (programme staff): a ZIP of files with a CSV manifest of their metadata. The archive
 * is checked whole before anything is stored (4xx otherwise), then queued and processed in the
 * background, each file going in as a single upload would; state and per-file results are kept in
 * the database. For anyone but staff, imports are "not found".
 */
@Service
public class LibraryImports {

    /** The audit trail's name for starting an import. */
    public static final String AUDIT_STARTED = "LIBRARY_IMPORT_STARTED";

    /** The columns a manifest may have, in the template's order. */
    public static final List<String> MANIFEST_COLUMNS = Manifest.COLUMNS;

    private final ArchiveCheck check;
    private final ImportLimits limits;
    private final ArchiveImportRepository imports;
    private final ImportArchiveRepository archives;
    private final ImportedFileRepository results;
    private final ImportRunner runner;
    private final ImportStep steps;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    LibraryImports(
            ArchiveCheck check,
            ImportLimits limits,
            ArchiveImportRepository imports,
            ImportArchiveRepository archives,
            ImportedFileRepository results,
            ImportRunner runner,
            ImportStep steps,
            AuditTrail audit,
            TransactionTemplate transaction) {
        this.check = check;
        this.limits = limits;
        this.imports = imports;
        this.archives = archives;
        this.results = results;
        this.runner = runner;
        this.steps = steps;
        this.audit = audit;
        this.transaction = transaction;
    }

    /**
     * Checks the archive and its manifest, queues the import and returns its id. A refused archive
     * (413, 415, 422) leaves nothing stored.
     */
    public long start(@Nullable String fileName, byte[] archive) {
        staffOnly();
        ArchiveCheck.Contents contents = check.check(archive);
        ImportPlan plan = ImportPlan.of(contents.files(), Manifest.parse(contents.manifest(), limits.maxEntries()));
        String name = name(fileName);
        String startedBy = CurrentUser.get().map(CurrentUser::email).orElse("system");
        Long id = transaction.execute(status -> {
            ArchiveImport started = imports.save(new ArchiveImport(name, plan.size(), startedBy));
            archives.save(new ImportArchive(started.id(), archive));
            return started.id();
        });
        audit.record(AUDIT_STARTED, "library import " + id, name + ": " + plan.size() + " files");
        runner.wake();
        return id;
    }

    /** The import with its per-file results so far. */
    @Transactional(readOnly = true)
    public Optional<ImportView> find(long id) {
        staffOnly();
        return imports.findById(id).map(i -> {
            List<Imported> imported = new ArrayList<>();
            List<Failed> failed = new ArrayList<>();
            for (ImportedFile r : results.findByImportIdOrderByIdAsc(id)) {
                if (r.documentId() != null) {
                    imported.add(new Imported(r.row(), r.fileName(), r.documentId()));
                } else {
                    failed.add(new Failed(r.row(), r.fileName(), steps.read(r.reasons())));
                }
            }
            return new ImportView(i.summary(), imported, failed);
        });
    }

    /** Imports, the newest first, narrowed by words of the archive's name and a state (null = any). */
    @Transactional(readOnly = true)
    public Page<ImportView.Summary> list(@Nullable String name, @Nullable ImportState state, Pageable pageable) {
        staffOnly();
        Specification<ArchiveImport> matching = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (name != null && !name.isBlank()) {
                String escaped = name.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
                all.add(cb.like(cb.lower(root.get("fileName")), "%" + escaped + "%", '\\'));
            }
            if (state != null) {
                all.add(cb.equal(root.get("state"), state));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Pageable newestFirst = org.springframework.data.domain.PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("id")));
        return imports.findAll(matching, newestFirst).map(ArchiveImport::summary);
    }

    private static void staffOnly() {
        if (!Reader.current().staff()) {
            throw ProblemException.notFound();
        }
    }

    private static String name(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "archive.zip";
        }
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            return "archive.zip";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
