package org.vtprotect.library;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.library.SearchResults.Hit;
import org.vtprotect.library.internal.Document;
import org.vtprotect.library.internal.DocumentContentBinder;
import org.vtprotect.library.internal.LibraryAnalysis;
import org.vtprotect.library.internal.Reader;

/**
 * Full-text search over the documents the current reader may read ({@link Reader}): words are
 * looked for in the title (weighted), and in the title, summary and text both folded (any accents,
 * any case) and stemmed in each of the six languages; the results come with highlighted snippets
 * and facet counts, all under the same access rule.
 */
@Service
public class LibrarySearch {

    private static final int SNIPPET = 220;
    private static final int MAX_FACET_VALUES = 250;

    private final EntityManager entityManager;

    LibrarySearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // the search reads the index alone: no transaction, so no database connection is taken
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public SearchResults search(SearchRequest request) {
        Reader reader = Reader.current();
        SearchSession session = Search.session(entityManager);
        SearchScope<Document> scope = session.scope(Document.class);
        Map<Facet, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
        var query = session.search(scope)
                // what a hit shows comes from the index: no row is read from the database per search
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("language", String.class),
                                f.field("publicationYear", Integer.class),
                                f.field("accessLevel", AccessLevel.class),
                                f.score(),
                                f.highlight(DocumentContentBinder.CONTENT))
                        .asList())
                .where(f -> f.bool().must(predicate(f, request, reader, null)))
                .sort(f -> request.byDate()
                        ? f.field("publicationYear")
                                .desc()
                                .missing()
                                .last()
                                .then()
                                .field("createdAt")
                                .desc()
                        : f.score().then().field("createdAt").desc())
                // the fast-vector highlighter reads the stored term vectors instead of analysing
                // each hit's whole text again, which made snippets most of a search's cost
                .highlighter(h -> h.fastVector()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(1)
                        .noMatchSize(SNIPPET));
        for (Facet facet : Facet.values()) {
            if (!request.filters().containsKey(facet)) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.parameter());
                keys.put(facet, key);
                query = query.aggregation(
                        key, f -> f.terms().field(facet.field(), type(facet)).maxTermCount(MAX_FACET_VALUES));
            }
        }
        SearchResult<List<?>> result = query.fetch(request.page() * request.size(), request.size());

        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Map<Object, Long> counts = keys.containsKey(facet)
                    ? result.aggregation(keys.get(facet))
                    : countsWithout(session, scope, request, reader, facet);
            Map<String, Long> named = new LinkedHashMap<>();
            counts.forEach((value, count) -> named.put(String.valueOf(value), count));
            facets.put(facet.parameter(), named);
        }
        List<Hit> hits = result.hits().stream().map(LibrarySearch::hit).toList();
        return new SearchResults(result.total().hitCount(), hits, facets, request.page(), request.size());
    }

    /**
     * Up to {@code limit} other documents the reader may read that resemble this one: sharing words
     * of its title, or its target types and themes.
     */
    // the search reads the index alone: no transaction, so no database connection is taken
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Hit> similar(DocumentView document, int limit) {
        Reader reader = Reader.current();
        return Search.session(entityManager)
                .search(Document.class)
                // what a hit shows comes from the index: no row is read from the database per search
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.field("language", String.class),
                                f.field("publicationYear", Integer.class),
                                f.field("accessLevel", AccessLevel.class),
                                f.score(),
                                f.highlight(DocumentContentBinder.CONTENT))
                        .asList())
                .where(f -> {
                    var alike = f.bool()
                            .should(f.match()
                                    .field(DocumentContentBinder.CONTENT)
                                    .matching(document.title()));
                    document.targetTypes()
                            .forEach(code ->
                                    alike.should(f.match().field("targetTypes").matching(code)));
                    document.themes()
                            .forEach(code ->
                                    alike.should(f.match().field("themes").matching(code)));
                    return f.bool()
                            .must(alike)
                            .mustNot(f.id().matching(document.id()))
                            .filter(reader.mayRead(f, false));
                })
                .highlighter(
                        h -> h.fastVector().encoder(HighlighterEncoder.HTML).noMatchSize(SNIPPET))
                .fetchHits(limit)
                .stream()
                .map(LibrarySearch::hit)
                .toList();
    }

    /** A chosen facet's counts as if nothing were chosen in it, so that choosing more values stays possible. */
    private Map<Object, Long> countsWithout(
            SearchSession session, SearchScope<Document> scope, SearchRequest request, Reader reader, Facet facet) {
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.parameter());
        return session.search(scope)
                .where(f -> f.bool().must(predicate(f, request, reader, facet)))
                .aggregation(
                        key, f -> f.terms().field(facet.field(), type(facet)).maxTermCount(MAX_FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> type(Facet facet) {
        return (Class<Object>) facet.type();
    }

    private static Hit hit(List<?> row) {
        Float score = row.get(5) instanceof Float value && !value.isNaN() ? value : null;
        @SuppressWarnings("unchecked")
        List<String> highlights = (List<String>) row.get(6);
        String snippet = highlights.isEmpty() ? "" : highlights.get(0);
        return new Hit(
                (Long) row.get(0),
                (String) row.get(1),
                snippet,
                score,
                (String) row.get(2),
                (Integer) row.get(3),
                (AccessLevel) row.get(4));
    }

    private SearchPredicate predicate(
            SearchPredicateFactory f, SearchRequest request, Reader reader, @Nullable Facet leftOut) {
        var all = f.bool().filter(reader.mayRead(f, false));
        if (request.q() != null) {
            var words = f.bool()
                    .should(f.match().field("title").matching(request.q()).boost(3f))
                    .should(f.match().field(DocumentContentBinder.CONTENT).matching(request.q()));
            for (String language : LibraryAnalysis.LANGUAGES) {
                words.should(f.match()
                        .field(DocumentContentBinder.contentIn(language))
                        .matching(request.q()));
            }
            all.must(words);
        }
        request.filters().forEach((facet, values) -> {
            if (facet != leftOut) {
                var anyOf = f.bool();
                for (String value : values) {
                    anyOf.should(f.match().field(facet.field()).matching(typed(facet, value)));
                }
                all.filter(anyOf);
            }
        });
        return all.toPredicate();
    }

    private static Object typed(Facet facet, String value) {
        if (facet.type() == Integer.class) {
            return Integer.valueOf(value);
        }
        if (facet.type() == Long.class) {
            return Long.valueOf(value);
        }
        return value;
    }
}
