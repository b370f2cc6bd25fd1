package org.vtprotect.library.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.vtprotect.library.IndexRun;
import org.vtprotect.library.LibraryIndex;

/**
 * {@code --vtp.reindex=true}: rebuilds the library's search index at start-up, logging its
 * progress every tenth. The application serves requests meanwhile (search answers from the index
 * as it was). With {@code --vtp.reindex-exit=true} it rebuilds first and then exits, with status 0
 * when the rebuild succeeded and 1 when it failed.
 */
@Component
@ConditionalOnBooleanProperty("vtp.reindex")
class ReindexAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReindexAtStartup.class);
    private static final String BY = "command line (vtp.reindex)";

    private final LibraryIndex index;
    private final ConfigurableApplicationContext context;
    private final boolean exit;

    ReindexAtStartup(
            LibraryIndex index,
            ConfigurableApplicationContext context,
            @org.springframework.beans.factory.annotation.Value("${vtp.reindex-exit:false}") boolean exit) {
        this.index = index;
        this.context = context;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Rebuilding the library search index (vtp.reindex=true){}", exit ? ", then exiting" : "");
        if (exit) {
            IndexRun done = index.rebuildNow(BY, progressLog());
            int status = done.state() == IndexRun.State.SUCCEEDED ? 0 : 1;
            System.exit(SpringApplication.exit(context, () -> status));
        } else {
            index.startAs(BY, progressLog());
        }
    }

    /** Logs the rebuild at each tenth of the way and at its end. */
    static Consumer<IndexRun> progressLog() {
        AtomicInteger lastTenth = new AtomicInteger(-1);
        return run -> {
            int tenth = run.percent() / 10;
            if (run.running() && lastTenth.getAndAccumulate(tenth, Math::max) < tenth) {
                log.info("Library index: {} of {} documents ({}%)", run.indexed(), run.total(), run.percent());
            } else if (!run.running()) {
                log.info(
                        "Library index rebuild {}: {} of {} documents, {} stale entries removed, in {}",
                        run.state(),
                        run.indexed(),
                        run.total(),
                        run.removed(),
                        run.duration());
            }
        };
    }
}
