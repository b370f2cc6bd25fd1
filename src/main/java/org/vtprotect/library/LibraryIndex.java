package org.vtprotect.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.library.IndexRun.State;
import org.vtprotect.library.internal.Document;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;

/**
 * Rebuilds the library's search index from the database while search keeps answering: documents
 * are re-indexed in place (no purge first, so readers never meet an empty index or a document
 * twice), then the index entries of documents no longer in the database are removed. One rebuild at a time; its progress
 * is {@link #progress()}.
 */
@Service
public class LibraryIndex {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);
    private static final int BATCH = 100;

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final AtomicReference<IndexRun> run = new AtomicReference<>(IndexRun.NEVER_RUN);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "library-reindex");
        thread.setDaemon(true);
        return thread;
    });

    LibraryIndex(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            TransactionTemplate transactions,
            AuditTrail audit) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** The rebuild running now, or the last one. */
    public IndexRun progress() {
        return run.get();
    }

    /** How many documents the database holds, and how many entries the index holds (withdrawn ones included in both). */
    public record Counts(long documents, long entries) {}

    public Counts counts() {
        return transactions.execute(status -> new Counts(
                entityManager
                        .createQuery("select count(d) from Document d", Long.class)
                        .getSingleResult(),
                Search.session(entityManager)
                        .search(Document.class)
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount()));
    }

    /** Starts a rebuild in the background for the signed-in account, unless one is running (a 409 then). */
    public IndexRun start() {
        return startAs(CurrentUser.get().map(CurrentUser::email).orElse("anonymous"), progress -> {});
    }

    /** Starts a rebuild in the background, telling {@code listener} after each batch; audited under {@code by}. */
    public IndexRun startAs(String by, Consumer<IndexRun> listener) {
        IndexRun started = begin(by);
        audit.recordAs(by, "LIBRARY_REINDEX_STARTED", "library-index", "total=" + started.total());
        worker.execute(() -> rebuild(started, listener));
        return started;
    }

    /** Rebuilds now, in this thread, telling {@code listener} after each batch; a 409 when one is running. */
    public IndexRun rebuildNow(String by, Consumer<IndexRun> listener) {
        IndexRun started = begin(by);
        audit.recordAs(by, "LIBRARY_REINDEX_STARTED", "library-index", "total=" + started.total());
        return rebuild(started, listener);
    }

    private IndexRun begin(String by) {
        long total = counts().documents();
        IndexRun started = new IndexRun(State.RUNNING, total, 0, 0, Instant.now(), null, by);
        IndexRun previous = run.get();
        if (previous.running() || !run.compareAndSet(previous, started)) {
            throw ProblemException.conflict("library.index.running");
        }
        return started;
    }

    private IndexRun rebuild(IndexRun started, Consumer<IndexRun> listener) {
        try {
            if (counts().entries() == 0) {
                massIndex(listener);
            } else {
                reindexInPlace(listener);
            }
            long removed = removeOrphans();
            IndexRun done = run.updateAndGet(r -> r.finished(State.SUCCEEDED, removed));
            log.info(
                    "Library index rebuilt: {} documents in {}, {} stale entries removed",
                    done.total(),
                    done.duration(),
                    removed);
            audit.recordAs(started.startedBy(), "LIBRARY_REINDEX_FINISHED", "library-index", summary(done));
            listener.accept(done);
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, e, listener);
        } catch (RuntimeException e) {
            return failed(started, e, listener);
        }
    }

    private IndexRun failed(IndexRun started, Exception e, Consumer<IndexRun> listener) {
        log.error("Library index rebuild failed", e);
        IndexRun failed = run.updateAndGet(r -> r.finished(State.FAILED, 0));
        audit.recordAs(started.startedBy(), "LIBRARY_REINDEX_FAILED", "library-index", summary(failed));
        listener.accept(failed);
        return failed;
    }

    /**
     * An empty index (a new data directory, a lost index) is filled by the MassIndexer, the fastest
     * way, with no reader to disturb.
     */
    private void massIndex(Consumer<IndexRun> listener) throws InterruptedException {
        Search.mapping(entityManagerFactory)
                .scope(Document.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .mergeSegmentsOnFinish(false)
                .typesToIndexInParallel(1)
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(BATCH)
                .monitor(new Monitor(listener))
                .startAndWait();
    }

    /**
     * A filled index is rebuilt in place, batch after batch, each document's entry replaced at once
     * (delete and add by id): readers meet either the old entry or the new one, never none. The
     * MassIndexer cannot do this on Lucene: without its purge first it adds a second entry beside
     * the old one, and search answers twice.
     */
    private void reindexInPlace(Consumer<IndexRun> listener) {
        List<Long> ids = transactions.execute(status -> entityManager
                .createQuery("select d.id from Document d order by d.id", Long.class)
                .getResultList());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Integer done = transactions.execute(status -> {
                var session = Search.session(entityManager);
                session.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync());
                var plan = session.indexingPlan();
                List<Document> documents = entityManager
                        .createQuery("select d from Document d where d.id in :ids", Document.class)
                        .setParameter("ids", batch)
                        .getResultList();
                documents.forEach(plan::addOrUpdate);
                return documents.size();
            });
            listener.accept(run.updateAndGet(r -> r.indexed(done)));
        }
    }

    /**
     * Removes the index entries of documents the database no longer has (a database restored from
     * an older backup, rows deleted by hand). The index is read first: a document added meanwhile is
     * then in the database too and never taken for an orphan.
     */
    private long removeOrphans() {
        Set<Long> indexed = new HashSet<>(transactions.execute(status -> Search.session(entityManager)
                .search(Document.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .fetchAllHits()));
        List<Long> stored = transactions.execute(status -> entityManager
                .createQuery("select d.id from Document d", Long.class)
                .getResultList());
        indexed.removeAll(stored);
        if (!indexed.isEmpty()) {
            transactions.executeWithoutResult(status -> {
                var plan = Search.session(entityManager).indexingPlan();
                indexed.forEach(id -> plan.purge(Document.class, id, null));
            });
        }
        return indexed.size();
    }

    private static String summary(IndexRun r) {
        return "total=" + r.total() + " indexed=" + r.indexed() + " removed=" + r.removed() + " duration="
                + r.duration();
    }

    private final class Monitor implements MassIndexingMonitor {

        private final Consumer<IndexRun> listener;

        Monitor(Consumer<IndexRun> listener) {
            this.listener = listener;
        }

        @Override
        public void documentsAdded(long increment) {
            listener.accept(run.updateAndGet(r -> r.indexed(increment)));
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void indexingCompleted() {}
    }
}
