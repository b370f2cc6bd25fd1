package org.vtprotect.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.QueryBuilder;
import org.vtprotect.library.Facet;
import org.vtprotect.library.internal.DocumentContentBinder;
import org.vtprotect.library.internal.LibraryAnalysis;

/**
 * The library's search written straight against Lucene on the index Hibernate Search maintains:
 * the same words over the same fields with the same analyzers, the same access filter for an
 * anonymous reader, the same facet filters, the first 20 hits by score then date, their ids, and
 * the counts of every facet (a chosen facet counted as if nothing were chosen in it) — what the
 * library's search computes, without anything Hibernate Search adds around it.
 */
final class RawLuceneSearch {

    record Result(long total, List<String> ids, Map<Facet, Map<String, Long>> facets) {}

    private static final int MAX_FACET_VALUES = 250;
    private static final String ID_FIELD = "__HSEARCH_id_docvalue";

    private final IndexSearcher searcher;
    private final Function<String, Analyzer> analyzers;
    private final Sort sort;
    private final Map<String, DocValuesType> docValues = new HashMap<>();

    RawLuceneSearch(IndexReader reader, Function<String, Analyzer> analyzers) {
        this.searcher = new IndexSearcher(reader);
        this.analyzers = analyzers;
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        for (FieldInfo info : infos) {
            docValues.put(info.name, info.getDocValuesType());
        }
        SortField date = docValues.get("createdAt") == DocValuesType.SORTED_NUMERIC
                ? new SortedNumericSortField("createdAt", SortField.Type.LONG, true)
                : new SortField("createdAt", SortField.Type.LONG, true);
        this.sort = new Sort(SortField.FIELD_SCORE, date);
    }

    /** The index's fields and their doc values, to show what the search reads. */
    Map<String, DocValuesType> fields() {
        return docValues;
    }

    Result search(String words, Map<Facet, List<String>> filters) throws IOException {
        List<Facet> unfiltered = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (!filters.containsKey(facet)) {
                unfiltered.add(facet);
            }
        }
        var top = new TopFieldCollectorManager(sort, 20, null, Integer.MAX_VALUE);
        var counts = new FacetCounts(unfiltered);
        Object[] results = searcher.search(query(words, filters, null), new MultiCollectorManager(top, counts));
        TopFieldDocs docs = (TopFieldDocs) results[0];
        @SuppressWarnings("unchecked")
        Map<Facet, Map<String, Long>> found = (Map<Facet, Map<String, Long>>) results[1];
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(found);
        for (Facet facet : filters.keySet()) {
            facets.putAll(searcher.search(query(words, filters, facet), new FacetCounts(List.of(facet))));
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : docs.scoreDocs) {
            ids.add(id(hit.doc));
        }
        return new Result(docs.totalHits.value, ids, facets);
    }

    /** The entity id Hibernate Search keeps with each document, in doc values or as a stored field. */
    private String id(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        DocValuesType type = docValues.getOrDefault(ID_FIELD, DocValuesType.NONE);
        if (type == DocValuesType.SORTED) {
            SortedDocValues values = DocValues.getSorted(leaf.reader(), ID_FIELD);
            return values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        }
        if (type == DocValuesType.BINARY) {
            BinaryDocValues values = DocValues.getBinary(leaf.reader(), ID_FIELD);
            return values.advanceExact(local) ? values.binaryValue().utf8ToString() : null;
        }
        return searcher.storedFields().document(doc, Set.of(ID_FIELD)).get(ID_FIELD);
    }

    Query query(String words, Map<Facet, List<String>> filters, Facet leftOut) {
        var all = new BooleanQuery.Builder();
        all.add(anonymousReader(), Occur.FILTER);
        var match = new BooleanQuery.Builder();
        add(match, "title", "default", words, 3f);
        add(match, DocumentContentBinder.CONTENT, "default", words, 1f);
        for (String language : LibraryAnalysis.LANGUAGES) {
            add(match, DocumentContentBinder.contentIn(language), language, words, 1f);
        }
        all.add(match.build(), Occur.MUST);
        filters.forEach((facet, values) -> {
            if (facet != leftOut) {
                var anyOf = new BooleanQuery.Builder();
                for (String value : values) {
                    anyOf.add(exact(facet, value), Occur.SHOULD);
                }
                all.add(anyOf.build(), Occur.FILTER);
            }
        });
        return all.build();
    }

    private void add(BooleanQuery.Builder match, String field, String analyzer, String words, float boost) {
        Query query = new QueryBuilder(analyzers.apply(analyzer)).createBooleanQuery(field, words);
        if (query != null) {
            match.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        }
    }

    /** What an anonymous reader may see: public documents that are not withdrawn. */
    private static Query anonymousReader() {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .add(IntPoint.newExactQuery("withdrawn", 1), Occur.MUST_NOT)
                .add(new TermQuery(new Term("accessLevel", "PUBLIC")), Occur.MUST)
                .build();
    }

    private static Query exact(Facet facet, String value) {
        if (facet.type() == Integer.class) {
            return IntPoint.newExactQuery(facet.field(), Integer.parseInt(value));
        }
        if (facet.type() == Long.class) {
            return LongPoint.newExactQuery(facet.field(), Long.parseLong(value));
        }
        return new TermQuery(new Term(facet.field(), value));
    }

    /** Counts the values of some facets over the matching documents, from their doc values. */
    private final class FacetCounts implements CollectorManager<Collector, Map<Facet, Map<String, Long>>> {

        private final List<Facet> facets;

        FacetCounts(List<Facet> facets) {
            this.facets = facets;
        }

        @Override
        public Collector newCollector() {
            return new Counter(facets);
        }

        @Override
        public Map<Facet, Map<String, Long>> reduce(java.util.Collection<Collector> collectors) {
            Map<Facet, Map<String, Long>> merged = new EnumMap<>(Facet.class);
            for (Facet facet : facets) {
                Map<String, Long> all = new HashMap<>();
                for (Collector c : collectors) {
                    ((Counter) c).counts.get(facet).forEach((k, v) -> all.merge(k, v, Long::sum));
                }
                Map<String, Long> top = new LinkedHashMap<>();
                all.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(MAX_FACET_VALUES)
                        .forEach(e -> top.put(e.getKey(), e.getValue()));
                merged.put(facet, top);
            }
            return merged;
        }
    }

    private final class Counter implements Collector {

        final List<Facet> facets;
        final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);

        Counter(List<Facet> facets) {
            this.facets = facets;
            facets.forEach(f -> counts.put(f, new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = facets.size();
            SortedSetDocValues[] strings = new SortedSetDocValues[n];
            SortedNumericDocValues[] numbers = new SortedNumericDocValues[n];
            long[][] ordinalCounts = new long[n][];
            for (int i = 0; i < n; i++) {
                String field = facets.get(i).field();
                if (facets.get(i).type() == String.class) {
                    strings[i] = DocValues.getSortedSet(context.reader(), field);
                    ordinalCounts[i] = new long[(int) strings[i].getValueCount()];
                } else {
                    numbers[i] = DocValues.getSortedNumeric(context.reader(), field);
                }
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < n; i++) {
                        if (strings[i] != null) {
                            if (strings[i].advanceExact(doc)) {
                                for (int k = 0; k < strings[i].docValueCount(); k++) {
                                    ordinalCounts[i][(int) strings[i].nextOrd()]++;
                                }
                            }
                        } else if (numbers[i].advanceExact(doc)) {
                            for (int k = 0; k < numbers[i].docValueCount(); k++) {
                                counts.get(facets.get(i)).merge(String.valueOf(numbers[i].nextValue()), 1L, Long::sum);
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < n; i++) {
                        if (strings[i] != null) {
                            for (int ord = 0; ord < ordinalCounts[i].length; ord++) {
                                if (ordinalCounts[i][ord] > 0) {
                                    counts.get(facets.get(i))
                                            .merge(strings[i].lookupOrd(ord).utf8ToString(), ordinalCounts[i][ord], Long::sum);
                                }
                            }
                        }
                    }
                }
            };
        }
    }
}
