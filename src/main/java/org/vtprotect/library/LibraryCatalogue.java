package org.vtprotect.library;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.library.internal.Document;
import org.vtprotect.library.internal.Reader;
import org.vtprotect.platform.ProblemException;

/**
 * Lists of documents rather than searches: every document for its curators, withdrawn ones
 * included, and the newest documents anyone may read (for the home page).
 */
@Service
public class LibraryCatalogue {

    /** The most documents {@link #recentlyAdded} gives. */
    public static final int MAX_RECENT = 50;

    /** A line of the curators' list. */
    public record Entry(
            long id,
            String title,
            String language,
            @Nullable Integer publicationYear,
            AccessLevel accessLevel,
            boolean withdrawn,
            boolean sample,
            Instant updatedAt) {}

    /** What the curators' list is narrowed by: words of the title, an access level, withdrawn or not; null = any. */
    public record Filter(
            @Nullable String title,
            @Nullable AccessLevel accessLevel,
            @Nullable Boolean withdrawn) {}

    /** A document recently added to the library. */
    public record Recent(
            long id,
            String title,
            @Nullable String summary,
            String language,
            @Nullable Integer publicationYear,
            Instant addedAt) {}

    private final EntityManager entityManager;

    LibraryCatalogue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every document matching the filter, withdrawn ones too, the last changed first (staff only: for
     * anyone else the list is not there).
     */
    @Transactional(readOnly = true)
    public Page<Entry> list(Filter filter, Pageable pageable) {
        if (!Reader.current().staff()) {
            throw ProblemException.notFound();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var count = cb.createQuery(Long.class);
        Root<Document> counted = count.from(Document.class);
        count.select(cb.count(counted)).where(matching(cb, counted, filter));
        long total = entityManager.createQuery(count).getSingleResult();

        var query = cb.createTupleQuery();
        Root<Document> d = query.from(Document.class);
        query.multiselect(
                        d.get("id"),
                        d.get("title"),
                        d.get("language"),
                        d.get("publicationYear"),
                        d.get("accessLevel"),
                        d.get("withdrawn"),
                        d.get("sample"),
                        d.get("updatedAt"))
                .where(matching(cb, d, filter))
                .orderBy(cb.desc(d.get("updatedAt")), cb.desc(d.get("id")));
        List<Entry> entries = entityManager
                .createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList()
                .stream()
                .map(LibraryCatalogue::entry)
                .toList();
        return new PageImpl<>(entries, pageable, total);
    }

    /**
     * The {@code limit} (at most {@link #MAX_RECENT}) documents added last that an anonymous visitor
     * may read, newest first, whoever asks: public and not withdrawn.
     */
    @Transactional(readOnly = true)
    public List<Recent> recentlyAdded(int limit) {
        if (limit < 1) {
            return List.of();
        }
        return Search.session(entityManager)
                .search(Document.class)
                .where(f -> f.bool().filter(Reader.ANONYMOUS.mayRead(f, false)))
                .sort(f -> f.field("createdAt").desc())
                .fetchHits(Math.min(limit, MAX_RECENT))
                .stream()
                .map(doc -> new Recent(
                        doc.id(), doc.title(), doc.summary(), doc.language(), doc.publicationYear(), doc.createdAt()))
                .toList();
    }

    /** How many documents the current reader may read (withdrawn ones never count). */
    @Transactional(readOnly = true)
    public long countReadable() {
        Reader reader = Reader.current();
        return Search.session(entityManager)
                .search(Document.class)
                .where(f -> f.bool().filter(reader.mayRead(f, false)))
                .fetchTotalHitCount();
    }

    private static Predicate[] matching(CriteriaBuilder cb, Root<Document> d, Filter filter) {
        List<Predicate> all = new ArrayList<>();
        if (filter.title() != null && !filter.title().isBlank()) {
            String words = filter.title().strip().toLowerCase(Locale.ROOT);
            String escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            all.add(cb.like(cb.lower(d.get("title")), "%" + escaped + "%", '\\'));
        }
        if (filter.accessLevel() != null) {
            all.add(cb.equal(d.get("accessLevel"), filter.accessLevel()));
        }
        if (filter.withdrawn() != null) {
            all.add(cb.equal(d.get("withdrawn"), filter.withdrawn()));
        }
        return all.toArray(Predicate[]::new);
    }

    private static Entry entry(Tuple row) {
        return new Entry(
                row.get(0, Long.class),
                row.get(1, String.class),
                row.get(2, String.class),
                row.get(3, Integer.class),
                row.get(4, AccessLevel.class),
                row.get(5, Boolean.class),
                row.get(6, Boolean.class),
                row.get(7, Instant.class));
    }
}
