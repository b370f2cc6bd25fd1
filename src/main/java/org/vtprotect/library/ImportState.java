package org.vtprotect.library;

/** Where a bulk import is: waiting for its turn, running, over with a result per file, or stopped by a fault. */
public enum ImportState {
    QUEUED,
    RUNNING,
    FINISHED,
    FAILED;

    /** Whether the import has stopped changing. */
    public boolean over() {
        return this == FINISHED || this == FAILED;
    }
}
