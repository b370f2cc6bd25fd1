package org.vtprotect.library.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vtprotect.library.LibraryIndex;

/**
 * At start-up, compares the documents in the database with the entries in the search index and
 * rebuilds the index in the background when they differ: after the database was restored without
 * its index, or after an upgrade that moved the index. Search answers meanwhile from what the index
 * holds. Not run when {@code vtp.reindex} asks for a rebuild anyway.
 */
@Component
@ConditionalOnBooleanProperty(name = "vtp.reindex", havingValue = false, matchIfMissing = true)
@Order(10)
class IndexCheckAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexCheckAtStartup.class);

    private final LibraryIndex index;

    IndexCheckAtStartup(LibraryIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        LibraryIndex.Counts counts = index.counts();
        if (counts.documents() != counts.entries()) {
            log.warn(
                    "The library search index holds {} entries for {} documents: rebuilding it in the background",
                    counts.entries(),
                    counts.documents());
            index.startAs("start-up check", ReindexAtStartup.progressLog());
        }
    }
}
