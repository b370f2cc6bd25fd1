package org.vtprotect.library.web;

import java.net.URI;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.library.IndexRun;
import org.vtprotect.library.LibraryIndex;

/** Rebuilding the search index over JSON (administrators): start it (202), then follow its progress. */
@RestController
class IndexApi {

    static final String PATH = "/api/v1/library/index";

    /** A rebuild as the API shows it, with the counts of documents and index entries now. */
    record Progress(
            String state,
            long total,
            long indexed,
            long removed,
            int percent,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String startedBy,
            long documents,
            long indexEntries) {

        static Progress of(IndexRun run, LibraryIndex.Counts counts) {
            return new Progress(
                    run.state().name(),
                    run.total(),
                    run.indexed(),
                    run.removed(),
                    run.percent(),
                    run.startedAt(),
                    run.finishedAt(),
                    run.startedBy(),
                    counts.documents(),
                    counts.entries());
        }
    }

    private final LibraryIndex index;

    IndexApi(LibraryIndex index) {
        this.index = index;
    }

    /** Starts a rebuild: 202 with its progress, or 409 when one is running. */
    @PostMapping(PATH)
    ResponseEntity<Progress> rebuild() {
        IndexRun started = index.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(PATH))
                .body(Progress.of(started, index.counts()));
    }

    @GetMapping(PATH)
    Progress progress() {
        return Progress.of(index.progress(), index.counts());
    }
}
