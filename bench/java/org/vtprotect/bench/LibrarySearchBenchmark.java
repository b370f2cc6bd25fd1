package org.vtprotect.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vtprotect.VtProtectApplication;
import org.vtprotect.library.Facet;
import org.vtprotect.library.LibrarySearch;
import org.vtprotect.library.SearchRequest;
import org.vtprotect.library.internal.Document;
import org.vtprotect.library.internal.DocumentContentBinder;
import org.vtprotect.library.internal.LibraryAnalysis;
import org.vtprotect.library.internal.Reader;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * The library's indexing and search on the embedded default (H2 file database, Lucene index), on
 * a generated corpus of multilingual documents of 2 to 20 KB of text each.
 *
 * <p>Measures: generation of the rows; full reindex from the database (Hibernate Search's mass
 * indexer) as documents per second; uploads through the API (extraction, storage and indexing of
 * each file); then the same mix of searches (1 to 3 words, half with 1 or 2 facet filters, as an
 * anonymous reader) four ways, each for the same time at the same concurrency:
 *
 * <ol>
 *   <li>over HTTP through {@code GET /api/v1/library/search} (the whole platform);
 *   <li>through {@link LibrarySearch} in process (entities loaded, snippets highlighted);
 *   <li>through Hibernate Search in process with the same predicate and facets but ids only;
 *   <li>through a raw Lucene {@code IndexSearcher} on the same index ({@link RawLuceneSearch}).
 * </ol>
 *
 * Before timing, the raw search and Hibernate Search are checked to give the same totals, ids and
 * facet counts for every query of the mix. Options (system properties): {@code bench.documents}
 * (100000), {@code bench.uploads} (300), {@code bench.clients} (32), {@code bench.seconds} (60),
 * {@code bench.warmup} (20), {@code bench.queries} (400), {@code bench.dir}.
 */
class LibrarySearchBenchmark {

    private static final long SEED = 20211;

    private final int documents = Integer.getInteger("bench.documents", 100_000);
    private final int uploads = Integer.getInteger("bench.uploads", 300);
    private final int clients = Integer.getInteger("bench.clients", 32);
    private final Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));
    private final int queryCount = Integer.getInteger("bench.queries", 400);
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench/library-data"))
            .toAbsolutePath();

    private final Report report = new Report("library-search");

    record SearchQuery(String words, Map<Facet, List<String>> filters) {

        String queryString() {
            StringBuilder s = new StringBuilder("q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
            filters.forEach((facet, values) -> values.forEach(v -> s.append('&')
                    .append(facet.parameter())
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
            return s.toString();
        }
    }

    @Test
    void librarySearch() throws Exception {
        report.line("Library search benchmark — %s, %d cores, max heap %d MB, Java %s",
                Instant.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        report.line("corpus %,d documents, %d clients, %s warm-up, %s measured per way, data in %s",
                documents, clients, warmup, measure, dir);
        Files.createDirectories(dir);
        try (ConfigurableApplicationContext app = start()) {
            DataSource dataSource = app.getBean(DataSource.class);
            EntityManagerFactory emf = app.getBean(EntityManagerFactory.class);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Corpus corpus = new Corpus();
            Codes codes = new Codes(app.getBean(Taxonomy.class), app.getBean(Countries.class));

            generate(dataSource, corpus, codes);
            reindex(emf, dataSource);
            upload(base, corpus, codes);
            settle(emf);

            List<SearchQuery> queries = queries(corpus, codes);
            LuceneBackend backend = Search.mapping(emf).backend().unwrap(LuceneBackend.class);
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index/library-document-2")))) {
                RawLuceneSearch raw = new RawLuceneSearch(
                        reader, name -> backend.analyzer(name).orElseThrow(() -> new IllegalStateException(name)));
                checkSameAnswers(emf, raw, queries);

                LibrarySearch library = app.getBean(LibrarySearch.class);
                // plain HTTP/1.1, as a browser or client library speaks to a server without TLS
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                Load.Operation<SearchQuery> overHttp = q -> {
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/library/search?" + q.queryString()))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " for " + q);
                    }
                };
                Load.Operation<SearchQuery> inProcess =
                        q -> library.search(new SearchRequest(q.words(), q.filters(), null, 0, 20));
                Load.Operation<SearchQuery> ids = q -> hibernateSearch(emf, q);
                Load.Operation<SearchQuery> rawLucene = q -> raw.search(q.words(), q.filters());
                // two rounds in opposite orders, so that no way always runs first (coldest) or last
                Load.Result api = Load.run("HTTP API", clients, warmup, measure, queries, overHttp);
                Load.Result service = Load.run("LibrarySearch in process", clients, warmup, measure, queries, inProcess);
                Load.Result hibernate = Load.run("Hibernate Search, ids", clients, warmup, measure, queries, ids);
                Load.Result lucene = Load.run("raw Lucene IndexSearcher", clients, warmup, measure, queries, rawLucene);
                lucene = lucene.and(Load.run("raw Lucene IndexSearcher", clients, warmup, measure, queries, rawLucene));
                hibernate = hibernate.and(Load.run("Hibernate Search, ids", clients, warmup, measure, queries, ids));
                service = service.and(Load.run("LibrarySearch in process", clients, warmup, measure, queries, inProcess));
                api = api.and(Load.run("HTTP API", clients, warmup, measure, queries, overHttp));

                report.line("");
                report.line("two rounds per way, in opposite orders, taken together");
                report.line("%-28s %10s %9s %9s %9s %9s %7s", "searches (same mix)", "per second", "p50 ms",
                        "p95 ms", "p99 ms", "max ms", "errors");
                for (Load.Result r : List.of(api, service, hibernate, lucene)) {
                    report.line("%-28s %10.1f %9.1f %9.1f %9.1f %9.1f %7d", r.name(), r.throughput(),
                            r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100), r.errors());
                }
                report.line("");
                report.line("ratio to raw Lucene throughput (baseline, same run, same queries):");
                report.line("  HTTP API / raw                 %.3f", api.throughput() / lucene.throughput());
                report.line("  LibrarySearch / raw            %.3f", service.throughput() / lucene.throughput());
                report.line("  Hibernate Search (ids) / raw   %.3f", hibernate.throughput() / lucene.throughput());
                report.line("targets: API p95 <= 50 ms (%s), API >= 200 searches/s (%s), Hibernate Search >= 0.5 x raw (%s)",
                        api.percentile(95) <= 50 ? "met" : "NOT met",
                        api.throughput() >= 200 ? "met" : "NOT met",
                        hibernate.throughput() / lucene.throughput() >= 0.5 ? "met" : "NOT met");
            }
        }
        report.write();
    }

    /** The application as its jar runs, on its own data directory; arguments override every properties file. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(VtProtectApplication.class)
                .run(
                        "--vtp.data-dir=" + dir,
                        "--server.port=0",
                        "--vtp.demo=false",
                        "--vtp.admin.email=bench@example.org",
                        "--vtp.admin.password=bench-password-not-secret",
                        "--vtp.security.second-factor-required=false",
                        "--logging.level.root=WARN",
                        "--logging.level.org.vtprotect=WARN",
                        "--spring.main.banner-mode=off",
                        "--server.tomcat.threads.max=64");
    }

    /** Inserts rows straight into the library's table until the corpus has its size; indexing comes after. */
    private void generate(DataSource dataSource, Corpus corpus, Codes codes) throws Exception {
        long existing = count(dataSource);
        if (existing >= documents) {
            report.line("generation: %,d documents already in %s, reused", existing, dir);
            return;
        }
        Random random = new Random(SEED + existing);
        long start = System.nanoTime();
        long bytes = 0;
        String sql = """
                INSERT INTO library_document (title, summary, language, publication_year, source_organisation_id,
                  target_types, threat_types, themes, actor_types, phases, countries, regions, shared_accounts,
                  shared_organisations, access_level, url, withdrawn, sample, pages, extracted_text, created_at,
                  updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, NULL, FALSE, TRUE, ?, ?, ?, ?, 0)""";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (long i = existing; i < documents; i++) {
                    String language = corpus.language(random);
                    String text = corpus.text(language, 2_048 + random.nextInt(18_433), random);
                    bytes += text.getBytes(StandardCharsets.UTF_8).length;
                    List<Country> countries = codes.countries(random);
                    Instant created = Instant.parse("2021-01-01T00:00:00Z")
                            .plusSeconds(random.nextInt(5 * 365 * 86_400));
                    insert.setString(1, cut(corpus.text(language, 40 + random.nextInt(60), random), 500));
                    insert.setString(2, corpus.text(language, 200 + random.nextInt(400), random));
                    insert.setString(3, language);
                    insert.setInt(4, 2000 + random.nextInt(27));
                    if (random.nextInt(10) < 3) {
                        insert.setNull(5, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(5, 1 + random.nextInt(40));
                    }
                    insert.setString(6, codes.pick(Vocabulary.TARGET_TYPES, 1, 3, random));
                    insert.setString(7, codes.pick(Vocabulary.THREAT_TYPES, 0, 2, random));
                    insert.setString(8, codes.pick(Vocabulary.THEMES, 1, 3, random));
                    insert.setString(9, codes.pick(Vocabulary.ACTOR_TYPES, 0, 2, random));
                    insert.setString(10, codes.pick(Vocabulary.PHASES, 0, 2, random));
                    insert.setString(11, String.join(",", new TreeSet<>(countries.stream().map(Country::iso3).toList())));
                    insert.setString(12, String.join(",", new TreeSet<>(countries.stream()
                            .map(Country::regionCode)
                            .filter(java.util.Objects::nonNull)
                            .toList())));
                    int level = random.nextInt(10);
                    insert.setString(13, level < 7 ? "PUBLIC" : level < 9 ? "NETWORK" : "RESTRICTED");
                    insert.setInt(14, 1 + text.length() / 3_000);
                    insert.setString(15, text);
                    insert.setTimestamp(16, Timestamp.from(created));
                    insert.setTimestamp(17, Timestamp.from(created));
                    insert.addBatch();
                    if ((i + 1) % 500 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                    if ((i + 1) % 10_000 == 0) {
                        System.out.printf("  generated %,d documents%n", i + 1);
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("generation: %,d documents (%,.0f MB of text) in %.1f s", documents - existing, bytes / 1e6,
                seconds);
    }

    private void reindex(EntityManagerFactory emf, DataSource dataSource) throws Exception {
        long rows = count(dataSource);
        long start = System.nanoTime();
        Search.mapping(emf)
                .scope(Document.class)
                .massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .startAndWait();
        double seconds = (System.nanoTime() - start) / 1e9;
        report.line("full reindex from the database: %,d documents in %.1f s = %.0f documents/s (mass indexer, 2 loading threads)",
                rows, seconds, rows / seconds);
        report.line("index size on disk: %,.0f MB", sizeOf(dir.resolve("index")) / 1e6);
    }

    /**
     * Lets the index settle before anything is timed: the reindex and the uploads leave segments
     * that Lucene would otherwise merge in the background while the first way is measured.
     */
    private void settle(EntityManagerFactory emf) {
        long start = System.nanoTime();
        Search.mapping(emf).scope(Document.class).workspace().mergeSegments();
        report.line("index merged into one segment in %.1f s, before timing (the same index for every way)",
                (System.nanoTime() - start) / 1e9);
    }

    /** Documents uploaded as text files through the API by two clients: extraction, storage, indexing each. */
    private void upload(String base, Corpus corpus, Codes codes) throws Exception {
        if (uploads == 0) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, base);
        Random random = new Random(SEED * 31 + System.nanoTime());
        List<byte[]> bodies = new ArrayList<>();
        String boundary = "bench" + Long.toHexString(random.nextLong());
        for (int i = 0; i < uploads; i++) {
            String language = corpus.language(random);
            String text = corpus.text(language, 2_048 + random.nextInt(18_433), random) + " " + random.nextLong();
            String metadata = """
                    {"title":"Benchmark upload %d","language":"%s","publicationYear":2024,"accessLevel":"PUBLIC",
                     "targetTypes":["%s"],"themes":["%s"]}"""
                    .formatted(i, language, codes.one(Vocabulary.TARGET_TYPES, random), codes.one(Vocabulary.THEMES, random));
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload-" + i + ".txt\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 2; t++) {
            Thread thread = new Thread(() -> {
                for (long i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    try {
                        HttpResponse<String> response = http.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/v1/library/documents"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get((int) i)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(failures).as("uploads that failed").isEmpty();
        report.line("uploads through the API: %d text files of 2-20 KB in %.1f s = %.1f documents/s (2 clients; extraction, storage, indexing, commit)",
                uploads, seconds, uploads / seconds);
    }

    private static String token(HttpClient http, String base) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"bench@example.org\",\"password\":\"bench-password-not-secret\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private List<SearchQuery> queries(Corpus corpus, Codes codes) {
        Random random = new Random(SEED * 7);
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < queryCount; i++) {
            String language = corpus.language(random);
            String words = corpus.query(language, 1 + random.nextInt(3), random);
            Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
            if (i % 2 == 1) {
                int n = 1 + random.nextInt(2);
                while (filters.size() < n) {
                    Facet facet = List.of(Facet.TARGET_TYPE, Facet.THEME, Facet.THREAT_TYPE, Facet.LANGUAGE,
                                    Facet.YEAR, Facet.REGION)
                            .get(random.nextInt(6));
                    filters.put(facet, List.of(switch (facet) {
                        case TARGET_TYPE -> codes.one(Vocabulary.TARGET_TYPES, random);
                        case THEME -> codes.one(Vocabulary.THEMES, random);
                        case THREAT_TYPE -> codes.one(Vocabulary.THREAT_TYPES, random);
                        case LANGUAGE -> Corpus.LANGUAGES.get(random.nextInt(6));
                        case YEAR -> String.valueOf(2000 + random.nextInt(27));
                        default -> codes.region(random);
                    }));
                }
            }
            queries.add(new SearchQuery(words, Map.copyOf(filters)));
        }
        long withFilters = queries.stream().filter(q -> !q.filters().isEmpty()).count();
        report.line("query mix: %d searches of 1-3 words in the six languages, %d with 1-2 facet filters; e.g. %s",
                queries.size(), withFilters, queries.subList(0, 3));
        return queries;
    }

    /** Hibernate Search with the library's predicate and facets, returning ids, totals and counts. */
    private static RawLuceneSearch.Result hibernateSearch(EntityManagerFactory emf, SearchQuery query) {
        EntityManager em = emf.createEntityManager();
        try {
            SearchSession session = Search.session(em);
            SearchScope<Document> scope = session.scope(Document.class);
            Map<Facet, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(Facet.class);
            var search = session.search(scope)
                    .select(f -> f.id())
                    .where(f -> f.bool().must(predicate(f, query, null)))
                    .sort(f -> f.score().then().field("createdAt").desc());
            for (Facet facet : Facet.values()) {
                if (!query.filters().containsKey(facet)) {
                    AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.parameter());
                    keys.put(facet, key);
                    search = search.aggregation(key, f -> f.terms().field(facet.field(), type(facet)).maxTermCount(250));
                }
            }
            var result = search.fetch(0, 20);
            Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
            keys.forEach((facet, key) -> facets.put(facet, named(result.aggregation(key))));
            for (Facet facet : query.filters().keySet()) {
                AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.parameter());
                facets.put(facet, named(session.search(scope)
                        .where(f -> f.bool().must(predicate(f, query, facet)))
                        .aggregation(key, f -> f.terms().field(facet.field(), type(facet)).maxTermCount(250))
                        .fetch(0)
                        .aggregation(key)));
            }
            return new RawLuceneSearch.Result(
                    result.total().hitCount(),
                    result.hits().stream().map(String::valueOf).toList(),
                    facets);
        } finally {
            em.close();
        }
    }

    private static SearchPredicate predicate(SearchPredicateFactory f, SearchQuery query, Facet leftOut) {
        var all = f.bool().filter(Reader.ANONYMOUS.mayRead(f, false));
        var words = f.bool()
                .should(f.match().field("title").matching(query.words()).boost(3f))
                .should(f.match().field(DocumentContentBinder.CONTENT).matching(query.words()));
        for (String language : LibraryAnalysis.LANGUAGES) {
            words.should(f.match().field(DocumentContentBinder.contentIn(language)).matching(query.words()));
        }
        all.must(words);
        query.filters().forEach((facet, values) -> {
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

    @SuppressWarnings("unchecked")
    private static Class<Object> type(Facet facet) {
        return (Class<Object>) facet.type();
    }

    private static Map<String, Long> named(Map<Object, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(String.valueOf(k), v));
        return named;
    }

    /** The raw search must answer as Hibernate Search does, or comparing their speed means nothing. */
    private void checkSameAnswers(EntityManagerFactory emf, RawLuceneSearch raw, List<SearchQuery> queries)
            throws Exception {
        long hits = 0;
        for (SearchQuery query : queries) {
            RawLuceneSearch.Result expected = hibernateSearch(emf, query);
            RawLuceneSearch.Result actual = raw.search(query.words(), query.filters());
            assertThat(actual.total()).as("total of %s", query).isEqualTo(expected.total());
            assertThat(actual.ids()).as("ids of %s (index fields: %s)", query, raw.fields()).doesNotContainNull();
            assertThat(new TreeSet<>(actual.ids())).as("first hits of %s", query)
                    .isEqualTo(new TreeSet<>(expected.ids()));
            for (Facet facet : Facet.values()) {
                assertThat(actual.facets().get(facet))
                        .as("%s counts of %s", facet, query)
                        .containsExactlyInAnyOrderEntriesOf(expected.facets().get(facet));
            }
            hits += expected.total();
        }
        report.line("check: raw Lucene and Hibernate Search give the same totals, first 20 ids and facet counts for all %d searches (%.0f hits per search on average)",
                queries.size(), (double) hits / queries.size());
    }

    private static long count(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM library_document")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long sizeOf(Path path) throws Exception {
        try (var files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Taxonomy codes, countries and regions to draw metadata and filters from. */
    private static final class Codes {

        private final Taxonomy taxonomy;
        private final List<Country> countries;

        Codes(Taxonomy taxonomy, Countries countries) {
            this.taxonomy = taxonomy;
            this.countries = countries.memberStates();
        }

        String pick(Vocabulary vocabulary, int min, int max, Random random) {
            List<String> all = taxonomy.codes(vocabulary);
            int n = min + random.nextInt(max - min + 1);
            TreeSet<String> chosen = new TreeSet<>();
            while (chosen.size() < Math.min(n, all.size())) {
                chosen.add(all.get(random.nextInt(all.size())));
            }
            return String.join(",", chosen);
        }

        String one(Vocabulary vocabulary, Random random) {
            List<String> all = taxonomy.codes(vocabulary);
            return all.get(random.nextInt(all.size()));
        }

        List<Country> countries(Random random) {
            int n = random.nextInt(4);
            List<Country> chosen = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                chosen.add(countries.get(random.nextInt(countries.size())));
            }
            return chosen;
        }

        String region(Random random) {
            String code = null;
            while (code == null) {
                code = countries.get(random.nextInt(countries.size())).regionCode();
            }
            return code;
        }
    }
}
