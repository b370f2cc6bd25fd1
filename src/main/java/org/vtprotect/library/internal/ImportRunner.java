package org.vtprotect.library.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.library.ImportLimits;
import org.vtprotect.library.ImportState;
import org.vtprotect.library.LibraryLimits;

/**
 * Runs bulk imports in the background, one at a time on this node (its executor has one thread): takes the oldest import that waits, or one whose node went silent, and goes
 * through its {@link ImportPlan}, each step in its own transaction through {@link ImportStep}. Steps
 * already recorded are skipped, so an import taken over resumes where it stopped. Woken when an
 * import is queued, and every {@code vtp.library.import.poll-interval} for imports queued elsewhere.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ArchiveImportRepository imports;
    private final ImportArchiveRepository archives;
    private final ImportedFileRepository results;
    private final ArchiveCheck check;
    private final ImportStep step;
    private final ImportLimits limits;
    private final LibraryLimits fileLimits;
    private final TransactionTemplate transaction;
    private final ThreadPoolTaskExecutor executor;
    private final AtomicBoolean pending = new AtomicBoolean();

    ImportRunner(
            ArchiveImportRepository imports,
            ImportArchiveRepository archives,
            ImportedFileRepository results,
            ArchiveCheck check,
            ImportStep step,
            ImportLimits limits,
            LibraryLimits fileLimits,
            TransactionTemplate transaction) {
        this.imports = imports;
        this.archives = archives;
        this.results = results;
        this.check = check;
        this.step = step;
        this.limits = limits;
        this.fileLimits = fileLimits;
        this.transaction = transaction;
        this.executor = executor();
    }

    /**
     * One thread, so one import at a time on this node. Not a bean: an {@code Executor} bean would
     * displace the application's own task executor.
     */
    private static ThreadPoolTaskExecutor executor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(4);
        executor.setThreadNamePrefix("library-import-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Asks for the imports that wait to be run; returns at once. */
    public void wake() {
        if (pending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    pending.set(false);
                    drain();
                });
            } catch (TaskRejectedException e) {
                pending.set(false); // shutting down: the next node or start takes the import up
            }
        }
    }

    @Scheduled(
            fixedDelayString = "${vtp.library.import.poll-interval:10s}",
            initialDelayString = "${vtp.library.import.poll-interval:10s}")
    void poll() {
        wake();
    }

    private void drain() {
        for (Optional<Long> next = claim(); next.isPresent(); next = claim()) {
            run(next.get());
        }
    }

    /** The oldest import this node may take up, now marked as running here; empty when none (or another node was quicker). */
    private Optional<Long> claim() {
        Instant silentSince = Instant.now().minus(limits.staleAfter());
        for (ArchiveImport candidate :
                imports.findByStateInOrderByIdAsc(List.of(ImportState.QUEUED, ImportState.RUNNING))) {
            if (!candidate.claimable(silentSince)) {
                continue;
            }
            try {
                Long claimed = transaction.execute(status -> {
                    ArchiveImport fresh = imports.findById(candidate.id()).orElseThrow();
                    if (!fresh.claimable(silentSince)) {
                        return null;
                    }
                    fresh.claim();
                    imports.saveAndFlush(fresh);
                    return fresh.id();
                });
                if (claimed != null) {
                    return Optional.of(claimed);
                }
            } catch (OptimisticLockingFailureException e) {
                // another node claimed it first
            }
        }
        return Optional.empty();
    }

    private void run(long id) {
        try {
            byte[] archive = transaction.execute(
                    status -> archives.findById(id).map(ImportArchive::content).orElse(null));
            if (archive == null) {
                throw new IllegalStateException("the archive of import " + id + " is gone");
            }
            ArchiveCheck.Contents contents = check.check(archive);
            ImportPlan plan = ImportPlan.of(contents.files(), Manifest.parse(contents.manifest(), limits.maxEntries()));
            Set<String> done = results.findByImportIdOrderByIdAsc(id).stream()
                    .map(r -> new ImportPlan.Step(ImportPlan.Kind.FILE, rowAt(r.row()), r.fileName()).key())
                    .collect(Collectors.toSet());
            ArchiveCheck.forEachFile(archive, contents, fileLimits.maxFileSize().toBytes(), (name, bytes) -> {
                ImportPlan.Step s = plan.forFile(name);
                if (s != null && !done.contains(s.key())) {
                    step.take(id, s, bytes);
                }
            });
            for (ImportPlan.Step s : plan.steps()) {
                boolean ofArchive = s.kind() == ImportPlan.Kind.FILE || s.kind() == ImportPlan.Kind.NO_ROW;
                if (!ofArchive && !done.contains(s.key())) {
                    step.take(id, s, null);
                }
            }
            transaction.executeWithoutResult(status -> {
                imports.findById(id).orElseThrow().finish();
                archives.deleteById(id);
            });
            log.info("library import {} finished", id);
        } catch (OptimisticLockingFailureException e) {
            log.info("library import {} was taken over by another node", id);
        } catch (RuntimeException e) {
            log.warn("library import {} stopped: {}", id, e.toString());
            transaction.executeWithoutResult(status -> {
                imports.findById(id).orElseThrow().fail();
                archives.deleteById(id);
            });
        }
    }

    /** A stand-in row carrying only its line, for a recorded result's key. */
    private static Manifest.@Nullable Row rowAt(@Nullable Integer line) {
        return line == null ? null : new Manifest.Row(line, java.util.Map.of());
    }
}
