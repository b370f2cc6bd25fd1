package org.vtprotect.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.vtprotect.VtProtectApplication;

/**
 * The period statistics of issue 4 at programme scale: 5,000 events, 200,000 people, 20,000
 * organisations and 1,000,000 attendance records, on PostgreSQL (embedded server binaries) and on
 * an H2 file database, each behind the whole application booted on a random port.
 *
 * <p>For each database: the figures of one year through {@code GET /api/v1/statistics/events} over
 * real HTTP with a bearer token, against a hand-written SQL query (below, independent of the
 * application's) computing the same distinct counts over JDBC on the same database; both measured
 * interleaved, call for call, after the same warm-up, so that a busy machine slows both alike. The
 * figures of both must be identical or the benchmark fails. There are two baselines: the seven
 * totals alone, reading the attendance table; and what the API answers — the totals, reading the
 * {@code attended} flag each registration keeps (as the application does), plus the breakdowns,
 * each participant once with their latest attended registration. The target ratio is taken
 * against the second, which computes the same figures as the API. Then 10,000 registrations in one
 * CSV file through {@code POST /api/v1/events/{id}/registrations/import}, previewed, then imported.
 *
 * <pre>
 * ./mvnw -Pbench test -Dtest=EventStatisticsBenchmark [-Dbench.scale=1.0] [-Dbench.calls=30]
 *     [-Dbench.warmup=5] [-Dbench.registrations=10000]
 *     [-Dbench.databases=postgresql,h2] [-Dbench.explain=true] [-Dbench.workMem=4MB] [-Dbench.hold=0]
 * </pre>
 *
 * {@code bench.scale} multiplies every size (0.05 for a quick run; the registrations too unless
 * given); {@code bench.explain} makes PostgreSQL log the plan of every statement slower than 50 ms
 * (auto_explain with ANALYZE) into target/bench/postgresql-log, for diagnosis only: it slows the
 * queries.
 */
class EventStatisticsBenchmark {

    private static final long SEED = 20210615L;
    private static final LocalDate FROM = LocalDate.of(EventData.PERIOD_YEAR, 1, 1);
    private static final LocalDate TO = LocalDate.of(EventData.PERIOD_YEAR, 12, 31);
    private static final List<String> FIGURES = List.of(
            "events", "registered", "attended", "participants", "entities", "memberStates", "observerStates");
    private static final String ADMIN_EMAIL = "admin@example.org";
    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private static final Path OUT = Path.of("target", "bench");

    private final double scale = Double.parseDouble(System.getProperty("bench.scale", "1.0"));
    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int calls = Integer.getInteger("bench.calls", 30);
    private final int registrations =
            Integer.getInteger("bench.registrations", (int) Math.max(100, Math.round(10_000 * scale)));
    private final boolean explain = Boolean.getBoolean("bench.explain");
    /** Seconds to keep the database up after the run, to try queries on it by hand (diagnosis only). */
    private final int hold = Integer.getInteger("bench.hold", 0);
    private final List<String> databases =
            Arrays.asList(System.getProperty("bench.databases", "postgresql,h2").split(","));

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** What one database gave. */
    record Result(
            String database,
            EventData.Written data,
            double bootSeconds,
            double generationSeconds,
            double analyzeSeconds,
            long[] apiNanos,
            long[] sqlNanos,
            long[] flagNanos,
            Map<String, Long> apiFigures,
            Map<String, Long> sqlFigures,
            Map<String, Long> flagFigures,
            List<String> breakdownProblems,
            int registered,
            int refused,
            double importSeconds,
            long[] registrationNanos) {

        boolean same() {
            return apiFigures.equals(sqlFigures) && apiFigures.equals(flagFigures) && breakdownProblems.isEmpty();
        }
    }

    @Test
    void eventStatistics() throws Exception {
        Files.createDirectories(OUT);
        List<Result> results = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (String database : databases) {
            Result result = run(database.strip());
            results.add(result);
            String table = table(result);
            System.out.println(table);
            report.append(table).append('\n');
            Files.writeString(OUT.resolve("event-statistics.txt"), header() + report);
        }
        for (Result result : results) {
            assertTrue(
                    result.same(),
                    result.database() + ": the API and the SQL baseline disagree: API " + result.apiFigures()
                            + " SQL " + result.sqlFigures() + " " + result.breakdownProblems());
            assertTrue(result.refused() == 0, result.database() + ": registrations refused: " + result.refused());
        }
    }

    private Result run(String database) throws Exception {
        try (Database db = database.equals("postgresql") ? Database.postgresql(explain) : Database.h2()) {
            long t0 = System.nanoTime();
            ConfigurableApplicationContext app = boot(db, database);
            double boot = seconds(System.nanoTime() - t0);
            try {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                String base = "http://localhost:" + port;
                EventData.Written data;
                long t1 = System.nanoTime();
                try (Connection connection = db.bulkConnection()) {
                    data = new EventData(SEED).write(connection, EventData.Size.of(scale));
                }
                double generation = seconds(System.nanoTime() - t1);
                long t2 = System.nanoTime();
                try (Connection connection = db.connection();
                        Statement s = connection.createStatement()) {
                    // as autovacuum would leave the tables after a load: statistics for the planner and,
                    // on PostgreSQL, the visibility map that lets index-only scans skip the table
                    s.execute(database.equals("postgresql") ? "VACUUM ANALYZE" : "ANALYZE");
                }
                double analyze = seconds(System.nanoTime() - t2);
                System.out.printf(
                        Locale.ROOT,
                        "%s: booted in %.1f s, data written in %.1f s, analysed in %.1f s%n",
                        db.name(),
                        boot,
                        generation,
                        analyze);

                String token = token(base);
                try (Connection connection = db.connection()) {
                    Map<String, Long> apiFigures = new LinkedHashMap<>();
                    Map<String, Long> sqlFigures = new LinkedHashMap<>();
                    List<String> breakdownProblems = new ArrayList<>();
                    for (int i = 0; i < warmup; i++) {
                        statisticsThroughApi(base, token);
                        statisticsThroughSql(connection, BASELINE);
                        statisticsThroughSql(connection, BASELINE_FLAG);
                        breakdownThroughSql(connection);
                    }
                    long[] api = new long[calls];
                    long[] sql = new long[calls];
                    long[] flag = new long[calls];
                    Map<String, Long> flagFigures = new LinkedHashMap<>();
                    for (int i = 0; i < calls; i++) {
                        long a = System.nanoTime();
                        String body = statisticsThroughApi(base, token);
                        api[i] = System.nanoTime() - a;
                        long b = System.nanoTime();
                        Map<String, Long> counted = statisticsThroughSql(connection, BASELINE);
                        sql[i] = System.nanoTime() - b;
                        long f = System.nanoTime();
                        Map<String, Long> flagged = statisticsThroughSql(connection, BASELINE_FLAG);
                        Map<String, Long> byGender = breakdownThroughSql(connection);
                        flag[i] = System.nanoTime() - f;
                        if (i == 0) {
                            for (String figure : FIGURES) {
                                apiFigures.put(figure, ((Number) JsonPath.read(body, "$." + figure)).longValue());
                            }
                            sqlFigures.putAll(counted);
                            flagFigures.putAll(flagged);
                            Map<String, Number> apiGender = JsonPath.read(body, "$.byGender");
                            Map<String, Long> nonZero = new LinkedHashMap<>();
                            apiGender.forEach((k, v) -> {
                                if (v.longValue() != 0) {
                                    nonZero.put(k, v.longValue());
                                }
                            });
                            if (!nonZero.equals(byGender)) {
                                breakdownProblems.add("byGender: API " + nonZero + ", SQL " + byGender);
                            }
                            for (String breakdown : List.of("byGender", "byRegion", "byOrganisationType", "byRole")) {
                                Map<String, Number> parts = JsonPath.read(body, "$." + breakdown);
                                long sum = parts.values().stream()
                                        .mapToLong(Number::longValue)
                                        .sum();
                                if (sum != apiFigures.get("participants")) {
                                    breakdownProblems.add(breakdown + " adds up to " + sum);
                                }
                            }
                        }
                    }
                    // the statistics now, in case the registrations take long on a busy machine
                    System.out.println(table(new Result(
                            db.name(),
                            data,
                            boot,
                            generation,
                            analyze,
                            api,
                            sql,
                            flag,
                            apiFigures,
                            sqlFigures,
                            flagFigures,
                            breakdownProblems,
                            0,
                            0,
                            0,
                            new long[0])));
                    System.out.printf(Locale.ROOT, "%s: %,d registrations...%n", db.name(), registrations);
                    Registered imported = register(base, token, data);
                    if (hold > 0) {
                        System.out.printf(
                                Locale.ROOT,
                                "%s: holding the database for %d s at %s (user %s)%n",
                                db.name(),
                                hold,
                                db.url(),
                                db.user());
                        Thread.sleep(hold * 1000L);
                    }
                    return new Result(
                            db.name(),
                            data,
                            boot,
                            generation,
                            analyze,
                            api,
                            sql,
                            flag,
                            apiFigures,
                            sqlFigures,
                            flagFigures,
                            breakdownProblems,
                            imported.created(),
                            imported.refused(),
                            imported.seconds(),
                            imported.latencies());
                }
            } finally {
                app.close();
            }
        }
    }

    private ConfigurableApplicationContext boot(Database db, String key) {
        Path dataDir = OUT.resolve("data-" + key);
        FileSystemUtils.deleteRecursively(dataDir.toFile());
        // command-line arguments: they win over application-test.properties
        return new SpringApplicationBuilder(VtProtectApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + db.password(),
                        "--vtp.data-dir=" + dataDir.toAbsolutePath(),
                        // ten thousand registration mails would otherwise be written to the log
                        "--logging.level.org.vtprotect=WARN");
    }

    // ---------------------------------------------------------------- the two ways of counting

    private String statisticsThroughApi(String base, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/statistics/events?from=" + FROM + "&to=" + TO))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .timeout(Duration.ofMinutes(5))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("statistics answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** UN status of every country of the reference list, read from the application's file. */
    private static final List<String> MEMBERS = EventData.countries().stream()
            .filter(c -> c.status().equals("MEMBER"))
            .map(EventData.Country::iso3)
            .toList();

    private static final List<String> OBSERVERS = EventData.countries().stream()
            .filter(c -> c.status().equals("OBSERVER"))
            .map(EventData.Country::iso3)
            .toList();

    /**
     * The baseline, written by hand for this benchmark: the events of the period (drafts and
     * cancelled ones left out), their registrations, each marked attended when it has at least one
     * attendance day, then the counts and distinct counts of DESIGN.md "Counting people" in one pass.
     */
    private static final String BASELINE = baseline(
            " LEFT JOIN (SELECT DISTINCT registration_id FROM attendance) a ON a.registration_id = r.id",
            "a.registration_id IS NOT NULL");

    /**
     * The same, reading the {@code attended} flag a registration keeps with its days (as the
     * application does) instead of the attendance table: the strictest baseline on this schema.
     */
    private static final String BASELINE_FLAG = baseline("", "r.attended");

    private static String baseline(String join, String attended) {
        return "SELECT"
                + " (SELECT COUNT(*) FROM event WHERE start_date BETWEEN ? AND ? AND state NOT IN ('DRAFT', 'CANCELLED'))"
                + " AS events,"
                + " COUNT(*) AS registered,"
                + " COUNT(CASE WHEN " + attended + " THEN 1 END) AS attended,"
                + " COUNT(DISTINCT CASE WHEN " + attended + " THEN r.person_id END) AS participants,"
                + " COUNT(DISTINCT CASE WHEN " + attended + " THEN r.organisation_id END) AS entities,"
                + " COUNT(DISTINCT CASE WHEN " + attended + " AND r.represented_country_iso3 IN ("
                + marks(MEMBERS.size()) + ") THEN r.represented_country_iso3 END) AS member_states,"
                + " COUNT(DISTINCT CASE WHEN " + attended + " AND r.represented_country_iso3 IN ("
                + marks(OBSERVERS.size()) + ") THEN r.represented_country_iso3 END) AS observer_states"
                + " FROM event e"
                + " JOIN registration r ON r.event_id = e.id"
                + join
                + " WHERE e.start_date BETWEEN ? AND ? AND e.state NOT IN ('DRAFT', 'CANCELLED')"
                + " AND r.status <> 'DECLINED'";
    }

    private static int baselineCalls;

    /**
     * Runs the baseline. Its text carries a call number, so that no database could hand back the
     * previous result of the same statement text (H2 does unless told not to; see Database.h2).
     */
    private static Map<String, Long> statisticsThroughSql(Connection connection, String baseline)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(baseline + " /* call " + ++baselineCalls + " */")) {
            int p = 1;
            query.setObject(p++, FROM);
            query.setObject(p++, TO);
            for (String iso3 : MEMBERS) {
                query.setString(p++, iso3);
            }
            for (String iso3 : OBSERVERS) {
                query.setString(p++, iso3);
            }
            query.setObject(p++, FROM);
            query.setObject(p, TO);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Map<String, Long> figures = new LinkedHashMap<>();
                figures.put("events", row.getLong("events"));
                figures.put("registered", row.getLong("registered"));
                figures.put("attended", row.getLong("attended"));
                figures.put("participants", row.getLong("participants"));
                figures.put("entities", row.getLong("entities"));
                figures.put("memberStates", row.getLong("member_states"));
                figures.put("observerStates", row.getLong("observer_states"));
                return figures;
            }
        }
    }

    /**
     * The breakdowns by hand: each participant once, with their last attended registration (by the
     * event's start date, then the registration: a window over the period's attended registrations), grouped by gender, country, role and
     * organisation type together, as the API's breakdowns need. Answers the participants by gender.
     */
    private static final String BREAKDOWN = "SELECT x.gender, x.represented_country_iso3, x.role, o.type,"
            + " COUNT(*) AS n FROM (SELECT r.gender, r.represented_country_iso3, r.role, r.organisation_id,"
            + " ROW_NUMBER() OVER (PARTITION BY r.person_id ORDER BY e.start_date DESC, r.id DESC) AS k"
            + " FROM event e JOIN registration r ON r.event_id = e.id"
            + " WHERE e.start_date BETWEEN ? AND ? AND e.state NOT IN ('DRAFT', 'CANCELLED')"
            + " AND r.status <> 'DECLINED' AND r.attended) x"
            + " LEFT JOIN organisation o ON o.id = x.organisation_id WHERE x.k = 1"
            + " GROUP BY x.gender, x.represented_country_iso3, x.role, o.type";

    private static Map<String, Long> breakdownThroughSql(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(BREAKDOWN + " /* call " + ++baselineCalls + " */")) {
            query.setObject(1, FROM);
            query.setObject(2, TO);
            Map<String, Long> byGender = new java.util.TreeMap<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    byGender.merge(row.getString(1), row.getLong("n"), Long::sum);
                }
            }
            return new LinkedHashMap<>(byGender);
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    // ---------------------------------------------------------------- registrations

    record Registered(int created, int refused, double seconds, long[] latencies) {}

    /**
     * {@code registrations} new people imported for one new event from one CSV file, previewed
     * first: 90 % typing an organisation of the directory in capitals (matched), 10 % a new one.
     */
    private Registered register(String base, String token, EventData.Written data) throws Exception {
        String created = send(
                base + "/api/v1/events",
                token,
                """
                {"title":"Benchmark import","type":"WORKSHOP","startDate":"2026-06-15","endDate":"2026-06-17",
                 "timeZone":"Europe/Vienna","format":"IN_PERSON","venue":{"city":"Vienna","countryIso3":"AUT"},
                 "description":"Registrations at scale","themes":[],"targetTypes":[],"organiserIds":[],
                 "visibility":"PUBLIC","capacity":null,"languages":["en"]}
                """,
                201);
        long event = ((Number) JsonPath.read(created, "$.id")).longValue();
        StringBuilder csv = new StringBuilder(
                "givenName,familyName,email,gender,organisation,organisationType,organisationCountry,"
                        + "representedCountry,role\n");
        Random random = new Random(SEED + 7);
        String[] genders = {"FEMALE", "MALE", "OTHER", "UNDISCLOSED"};
        String[] roles = {"PARTICIPANT", "SPEAKER", "OBSERVER"};
        List<EventData.Country> countries = EventData.countries();
        for (int i = 0; i < registrations; i++) {
            String represented = countries.get(random.nextInt(countries.size())).iso3();
            String organisation;
            if (random.nextDouble() < 0.9) {
                // an organisation of the directory, spelled in capitals: matched, not created again
                String[] key = data.organisationKeys().get(random.nextInt(data.organisationKeys().size()));
                organisation = key[0].toUpperCase(Locale.ROOT) + "," + key[1] + "," + (key[2] == null ? "" : key[2]);
            } else {
                organisation = "Imported organisation " + i + ",CIVIL_SOCIETY," + represented;
            }
            csv.append("Given")
                    .append(i)
                    .append(",Family")
                    .append(i)
                    .append(",import")
                    .append(i)
                    .append(".bench@example.org,")
                    .append(genders[random.nextInt(genders.length)])
                    .append(',')
                    .append(organisation)
                    .append(',')
                    .append(represented)
                    .append(',')
                    .append(roles[random.nextInt(roles.length)])
                    .append('\n');
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        String preview = importFile(base, token, event, file, true);
        long previewNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        String imported = importFile(base, token, event, file, false);
        long importNanos = System.nanoTime() - t1;
        int added = ((Number) JsonPath.read(imported, "$.imported")).intValue();
        int rejected = ((Number) JsonPath.read(imported, "$.rejected")).intValue();
        if (rejected > 0 || ((Number) JsonPath.read(preview, "$.rejected")).intValue() > 0) {
            String rows = imported.length() > 2_000 ? imported.substring(0, 2_000) : imported;
            System.out.println("rejected rows: " + rows);
        }
        return new Registered(added, rejected, importNanos / 1e9, new long[] {previewNanos, importNanos});
    }

    /** {@code POST /api/v1/events/{id}/registrations/import} with the file as multipart part {@code file}. */
    private String importFile(String base, String token, long event, byte[] file, boolean dryRun)
            throws IOException, InterruptedException {
        String boundary = "bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(
                                base + "/api/v1/events/" + event + "/registrations/import?dryRun=" + dryRun))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String token(String base) throws IOException, InterruptedException {
        String body = send(
                base + "/api/v1/auth/token",
                null,
                "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}",
                201);
        return JsonPath.read(body, "$.token");
    }

    private String send(String url, String token, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    // ---------------------------------------------------------------- report

    private String header() {
        return String.format(
                Locale.ROOT,
                "Event statistics benchmark (issue 4), scale %s, seed %d, %d warm-up + %d timed calls each,"
                        + " API and SQL interleaved; %d cores, Java %s%n%n",
                scale,
                SEED,
                warmup,
                calls,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private String table(Result r) {
        StringBuilder t = new StringBuilder();
        EventData.Written d = r.data();
        t.append(String.format(Locale.ROOT, "== %s ==%n", r.database()));
        t.append(String.format(
                Locale.ROOT,
                "data        %,d events (%,d counted in %d), %,d people, %,d organisations, %,d registrations,"
                        + " %,d attendance records%n",
                d.events(),
                d.eventsInPeriod(),
                EventData.PERIOD_YEAR,
                d.people(),
                d.organisations(),
                d.registrations(),
                d.attendance()));
        t.append(String.format(
                Locale.ROOT,
                "setup       boot %.1f s; generation (JDBC batches, statistics keys included) %.1f s;"
                        + " (VACUUM) ANALYZE %.1f s%n",
                r.bootSeconds(),
                r.generationSeconds(),
                r.analyzeSeconds()));
        t.append(String.format(
                Locale.ROOT, "query       %s to %s, all types, all countries%n", FROM, TO));
        t.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s%n", "ms", "p50", "p95", "p99", "mean"));
        t.append(line("API  GET /api/v1/statistics", r.apiNanos()));
        t.append(line("SQL  totals, attendance", r.sqlNanos()));
        t.append(line("SQL  totals+breakdowns", r.flagNanos()));
        double p50 = percentile(r.apiNanos(), 50) / percentile(r.flagNanos(), 50);
        double mean = mean(r.apiNanos()) / mean(r.flagNanos());
        double p95 = percentile(r.apiNanos(), 95) / 1e6;
        t.append(String.format(
                Locale.ROOT,
                "ratio API/SQL (totals+breakdowns)  p50 %.2f  mean %.2f   (target <= 1.25: %s)%n",
                p50,
                mean,
                p50 <= 1.25 ? "met" : "NOT met"));
        t.append(String.format(
                Locale.ROOT,
                "ratio API/SQL (totals, attendance)  p50 %.2f  mean %.2f%n",
                percentile(r.apiNanos(), 50) / percentile(r.sqlNanos(), 50),
                mean(r.apiNanos()) / mean(r.sqlNanos())));
        t.append(String.format(Locale.ROOT, "API p95 %.0f ms (target <= 500 ms on PostgreSQL: %s)%n",
                p95, !r.database().startsWith("PostgreSQL") ? "not applicable" : p95 <= 500 ? "met" : "NOT met"));
        t.append(String.format(
                Locale.ROOT,
                "figures     %s%n",
                r.apiFigures().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
        t.append(String.format(
                Locale.ROOT,
                "check       API and SQL %s%s%n",
                r.apiFigures().equals(r.sqlFigures()) && r.apiFigures().equals(r.flagFigures())
                        ? "identical"
                        : "DIFFER: SQL " + r.sqlFigures() + ", SQL (flag) " + r.flagFigures(),
                r.breakdownProblems().isEmpty()
                        ? "; every breakdown adds up to participants"
                        : "; " + r.breakdownProblems()));
        long[] ok = r.registrationNanos();
        if (ok.length == 0) {
            return t.toString();
        }
        t.append(String.format(
                Locale.ROOT,
                "import      %,d registrations in one CSV file through POST /api/v1/events/{id}/registrations/import:"
                        + " preview %.1f s, import %.1f s (%.0f/s); %d rejected (target 10,000 <= 30 s: %s)%n",
                r.registered() + r.refused(),
                ok[0] / 1e9,
                r.importSeconds(),
                (r.registered() + r.refused()) / r.importSeconds(),
                r.refused(),
                r.registered() + r.refused() < 10_000
                        ? "not applicable at this size"
                        : r.importSeconds() <= 30 ? "met" : "NOT met"));
        return t.toString();
    }

    private static String line(String label, long[] nanos) {
        return String.format(
                Locale.ROOT,
                "%-28s %9.1f %9.1f %9.1f %9.1f%n",
                label,
                percentile(nanos, 50) / 1e6,
                percentile(nanos, 95) / 1e6,
                percentile(nanos, 99) / 1e6,
                mean(nanos) / 1e6);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    // ---------------------------------------------------------------- databases

    /** A database the application is booted on, and how the benchmark reaches it directly. */
    interface Database extends AutoCloseable {

        String name();

        String url();

        String user();

        String password();

        /** A connection for the baseline query: the URL the application uses. */
        default Connection connection() throws SQLException {
            return DriverManager.getConnection(url(), user(), password());
        }

        /** A connection for writing the data in batches. */
        default Connection bulkConnection() throws SQLException {
            return connection();
        }

        @Override
        void close() throws IOException;

        /** A fresh embedded PostgreSQL server (zonky binaries, its default settings) with one database. */
        static Database postgresql(boolean explain) throws IOException, SQLException {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the server's memory for sorts and hashes, the same for the API and the
                    // baselines: 4 MB by default, -Dbench.workMem=64MB as a reporting database would have
                    .setServerConfig("work_mem", System.getProperty("bench.workMem", "4MB"));
            if (explain) {
                Path logs = OUT.resolve("postgresql-log").toAbsolutePath();
                Files.createDirectories(logs);
                builder.setServerConfig("shared_preload_libraries", "auto_explain")
                        .setServerConfig("auto_explain.log_min_duration", "50")
                        .setServerConfig("auto_explain.log_analyze", "on")
                        .setServerConfig("auto_explain.log_buffers", "on")
                        .setServerConfig("logging_collector", "on")
                        .setServerConfig("log_directory", logs.toString());
            }
            var server = builder.start();
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE vtp_bench");
            }
            String version;
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet v = s.executeQuery("SHOW server_version")) {
                v.next();
                version = v.getString(1);
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/vtp_bench";
            String name = "PostgreSQL " + version + " (work_mem " + System.getProperty("bench.workMem", "4MB") + ")";
            return new Database() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public String url() {
                    return url;
                }

                @Override
                public String user() {
                    return "postgres";
                }

                @Override
                public String password() {
                    return "postgres";
                }

                @Override
                public Connection bulkConnection() throws SQLException {
                    return DriverManager.getConnection(url + "?reWriteBatchedInserts=true", user(), password());
                }

                @Override
                public void close() throws IOException {
                    server.close();
                }
            };
        }

        /**
         * A fresh H2 file database under target/bench, with the URL options of the default profile,
         * and one more: H2 otherwise hands back the previous result of an identical statement when
         * no table changed since, so the API's repeated calls would time a cache, not the query.
         */
        static Database h2() throws IOException {
            Path dir = OUT.resolve("h2").toAbsolutePath();
            FileSystemUtils.deleteRecursively(dir);
            Files.createDirectories(dir);
            String url = "jdbc:h2:file:" + dir.resolve("vtprotect")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
                    + ";OPTIMIZE_REUSE_RESULTS=FALSE";
            String name;
            try (Connection c = DriverManager.getConnection(url, "vtp", "")) {
                name = "H2 " + c.getMetaData().getDatabaseProductVersion() + " (file)";
            } catch (SQLException e) {
                throw new IOException(e);
            }
            return new Database() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public String url() {
                    return url;
                }

                @Override
                public String user() {
                    return "vtp";
                }

                @Override
                public String password() {
                    return "";
                }

                @Override
                public void close() {}
            };
        }
    }
}
