package org.vtprotect.library.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.vtprotect.library.ImportState;
import org.vtprotect.library.ImportView;

/**
 * A bulk import: queued when its archive has passed the safety checks, claimed by one node at a
 * time, counting each file's result, then finished. A running import whose node has gone silent
 * may be claimed again; the version guards against two nodes claiming it at once.
 */
@Entity
@Table(name = "library_import")
public class ArchiveImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportState state;

    private int total;
    private int done;
    private int failed;
    private String startedBy;
    private Instant createdAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable Instant heartbeatAt;

    @Version
    private long version;

    protected ArchiveImport() {}

    public ArchiveImport(String fileName, int total, String startedBy) {
        this.fileName = fileName;
        this.state = ImportState.QUEUED;
        this.total = total;
        this.startedBy = startedBy;
        this.createdAt = Instant.now();
    }

    /** Whether a node may take this import up now: it waits, or its runner has not been heard from since {@code silentSince}. */
    public boolean claimable(Instant silentSince) {
        return state == ImportState.QUEUED
                || (state == ImportState.RUNNING && (heartbeatAt == null || heartbeatAt.isBefore(silentSince)));
    }

    public void claim() {
        if (state.over()) {
            throw new IllegalStateException("import " + id + " is over");
        }
        Instant now = Instant.now();
        state = ImportState.RUNNING;
        if (startedAt == null) {
            startedAt = now;
        }
        heartbeatAt = now;
    }

    /** One more file dealt with, imported or not. */
    public void recorded(boolean imported) {
        done++;
        if (!imported) {
            failed++;
        }
        heartbeatAt = Instant.now();
    }

    public void finish() {
        state = ImportState.FINISHED;
        finishedAt = Instant.now();
    }

    /** Stopped by a fault of the import itself (not of one file): what is done stays done. */
    public void fail() {
        state = ImportState.FAILED;
        finishedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public ImportState state() {
        return state;
    }

    public ImportView.Summary summary() {
        return new ImportView.Summary(id, fileName, state, total, done, failed, startedBy, createdAt, finishedAt);
    }
}
