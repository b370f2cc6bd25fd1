package org.vtprotect.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.vtprotect.event.Counted;

/**
 * The statistics as SQL: distinct counts and GROUP BYs over the selected registrations, so the
 * database does the counting however many attendance records there are. Only fixed fragments are
 * put together; every value is a bound parameter.
 */
@Component
public class StatisticsQuery {

    /** Which events and registrations count: one event, or a period with filters. */
    public record Selection(
            @Nullable Long eventId,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String type,
            @Nullable String theme,
            @Nullable Collection<String> countries) {}

    /** What the database counted; countries are still ISO codes, regions come from them. */
    public record Counts(
            long events,
            long registered,
            long attended,
            long participants,
            long entities,
            long memberStates,
            long observerStates,
            Map<String, Long> byGender,
            Map<String, Long> byCountry,
            Map<String, Long> byOrganisationType,
            Map<String, Long> byRole) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean postgresql;

    StatisticsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgresql = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((ConnectionCallback<Boolean>)
                connection -> connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }

    /**
     * PostgreSQL plans each statistics statement for its own period and filters: after a few runs
     * of a prepared statement it would otherwise try one generic plan for any period, which for a
     * year of registrations it gets badly wrong (seconds instead of a fraction). Runs inside the
     * caller's transaction, for it alone.
     */
    private void planForTheseValues() {
        if (postgresql) {
            jdbc.getJdbcTemplate().execute("SET LOCAL plan_cache_mode = force_custom_plan");
        }
    }

    /**
     * Each figure's definition over the selected registrations {@code sel}: the condition a
     * registration meets to count, and the column whose distinct values are counted. The figure
     * and the list of its records are both written from these, so they cannot drift apart.
     */
    private static String condition(Counted figure) {
        return switch (figure) {
            case REGISTERED -> "1 = 1";
            case ATTENDED, PARTICIPANTS, ENTITIES -> "s.attended = TRUE";
            case MEMBER_STATES -> "s.attended = TRUE AND s.represented_country_iso3 IN (:members)";
            case OBSERVER_STATES -> "s.attended = TRUE AND s.represented_country_iso3 IN (:observers)";
        };
    }

    private static String column(Counted figure) {
        return switch (figure) {
            case REGISTERED, ATTENDED -> "s.id";
            case PARTICIPANTS -> "s.person_id";
            case ENTITIES -> "s.organisation_id";
            case MEMBER_STATES, OBSERVER_STATES -> "s.represented_country_iso3";
        };
    }

    /** The registrations that count: those of the selected events (declined ones never count). */
    private static String selected(Selection selection, MapSqlParameterSource params) {
        String events = eventFilter(selection, params);
        if (selection.countries() != null) {
            params.addValue("countries", selection.countries().isEmpty() ? List.of("") : selection.countries());
        }
        return "WITH sel AS (SELECT r.id, r.event_id, r.person_id, r.organisation_id, r.represented_country_iso3,"
                + " r.gender, r.role, r.attended, e.start_date"
                + " FROM registration r JOIN event e ON e.id = r.event_id WHERE "
                + events
                + " AND r.status <> 'DECLINED'"
                + (selection.countries() == null ? "" : " AND r.represented_country_iso3 IN (:countries)")
                + ")";
    }

    private static MapSqlParameterSource states(Collection<String> memberStates, Collection<String> observerStates) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        params.addValue("members", memberStates.isEmpty() ? List.of("") : memberStates);
        params.addValue("observers", observerStates.isEmpty() ? List.of("") : observerStates);
        return params;
    }

    /**
     * The figures. A period with no other filter is counted from the participation keys each
     * registration keeps ({@link Participation}); an event, or a period filtered by type, theme or
     * country, from the registrations alone ({@link #countFromRegistrations}). Both count the same
     * figures by the same definitions; the tests compare them.
     */
    public Counts count(Selection selection, Collection<String> memberStates, Collection<String> observerStates) {
        planForTheseValues();
        boolean periodOnly = selection.eventId() == null
                && selection.type() == null
                && selection.theme() == null
                && selection.countries() == null;
        return periodOnly
                ? countByKeys(selection, memberStates, observerStates)
                : countFromRegistrations(selection, memberStates, observerStates);
    }

    /**
     * The figures of a period in three statements over the period's registrations, none of which
     * sorts or hashes people or organisations: the events; per represented country, the
     * registrations, the attended ones, and among those the first of each person and of each
     * organisation in the period (the previous one before it, or none), so that each person and
     * organisation is counted once, and a country is counted if any of its registrations was
     * attended; and the breakdowns over each person's last attended registration in the period
     * (the next one after it, or none), which add up to the participants.
     */
    Counts countByKeys(Selection selection, Collection<String> memberStates, Collection<String> observerStates) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        long events = number(jdbc.queryForObject(
                "SELECT COUNT(*) FROM event e WHERE " + eventFilter(selection, params), params, Long.class));
        List<String> period = new ArrayList<>(List.of("r.counted_on IS NOT NULL"));
        if (selection.from() != null) {
            period.add("r.counted_on >= :from");
        }
        if (selection.to() != null) {
            period.add("r.counted_on <= :to");
        }
        // the first of a person's (or organisation's) registrations in the period, and the last
        String firstInPeriod = earlier("r.person_previous", selection.from() != null);
        String firstOrganisation = earlier("r.organisation_previous", selection.from() != null);
        String lastInPeriod =
                selection.to() == null ? "r.person_next = " + Participation.NO_NEXT : "r.person_next > :to";
        String inPeriod = String.join(" AND ", period);
        long[] totals = new long[4];
        Set<String> members = new HashSet<>(memberStates);
        Set<String> observers = new HashSet<>(observerStates);
        Set<String> attendedStates = new HashSet<>();
        jdbc.query(
                "SELECT r.represented_country_iso3 AS country, COUNT(*) AS registered,"
                        + " COUNT(CASE WHEN r.attended = TRUE THEN 1 END) AS attended,"
                        + " COUNT(CASE WHEN r.attended = TRUE AND " + firstInPeriod + " THEN 1 END) AS participants,"
                        + " COUNT(CASE WHEN r.attended = TRUE AND r.organisation_id IS NOT NULL AND "
                        + firstOrganisation + " THEN 1 END) AS entities"
                        + " FROM registration r WHERE " + inPeriod
                        + " GROUP BY r.represented_country_iso3",
                params,
                row -> {
                    totals[0] += row.getLong("registered");
                    totals[1] += row.getLong("attended");
                    totals[2] += row.getLong("participants");
                    totals[3] += row.getLong("entities");
                    String country = row.getString("country");
                    if (country != null && row.getLong("attended") > 0) {
                        attendedStates.add(country);
                    }
                });
        Breakdowns breakdowns = new Breakdowns();
        jdbc.query(
                "SELECT r.gender, r.represented_country_iso3 AS country, r.role, o.type, COUNT(*) AS n"
                        + " FROM registration r LEFT JOIN organisation o ON o.id = r.organisation_id"
                        + " WHERE r.attended = TRUE AND " + lastInPeriod + " AND " + inPeriod
                        + " GROUP BY r.gender, r.represented_country_iso3, r.role, o.type",
                params,
                breakdowns);
        return breakdowns.counts(
                events,
                totals[0],
                totals[1],
                totals[2],
                totals[3],
                attendedStates.stream().filter(members::contains).count(),
                attendedStates.stream().filter(observers::contains).count());
    }

    /** The condition that a registration's previous one (by this key) is before the period, or that there is none. */
    private static String earlier(String key, boolean bounded) {
        return bounded ? "(" + key + " IS NULL OR " + key + " < :from)" : key + " IS NULL";
    }

    /**
     * The figures from the registrations alone, in two statements. The first counts every figure
     * in one pass over the selected registrations: each figure the distinct values of its
     * {@link #column} among the registrations meeting its {@link #condition}. The second counts
     * every participant once, with their last attended registration (by the event's start date,
     * then the registration), grouped by gender, country, role and organisation type together;
     * each breakdown is then a sum over the other three, so that every breakdown adds up to the
     * participants.
     */
    Counts countFromRegistrations(
            Selection selection, Collection<String> memberStates, Collection<String> observerStates) {
        MapSqlParameterSource params = states(memberStates, observerStates);
        String selected = selected(selection, params);
        StringBuilder totals = new StringBuilder(selected)
                .append(" SELECT (SELECT COUNT(*) FROM event e WHERE ")
                .append(eventFilter(selection, params))
                .append(") AS events");
        for (Counted figure : Counted.values()) {
            // a registration is one row, its id unique: counting rows counts its distinct ids
            totals.append(figure.registrations() ? ", COUNT(CASE WHEN " : ", COUNT(DISTINCT CASE WHEN ")
                    .append(condition(figure))
                    .append(" THEN ")
                    .append(column(figure))
                    .append(" END) AS ")
                    .append(figure.name().toLowerCase(Locale.ROOT));
        }
        Map<String, Object> counted =
                jdbc.queryForMap(totals.append(" FROM sel s").toString(), params);
        String latest = selected
                + " SELECT l.gender, l.represented_country_iso3 AS country, l.role, o.type, COUNT(*) AS n"
                + " FROM (SELECT s.gender, s.represented_country_iso3, s.role, s.organisation_id,"
                + " ROW_NUMBER() OVER (PARTITION BY s.person_id ORDER BY s.start_date DESC, s.id DESC) AS k"
                + " FROM sel s WHERE " + condition(Counted.PARTICIPANTS) + ") l"
                + " LEFT JOIN organisation o ON o.id = l.organisation_id WHERE l.k = 1"
                + " GROUP BY l.gender, l.represented_country_iso3, l.role, o.type";
        Breakdowns breakdowns = new Breakdowns();
        jdbc.query(latest, params, breakdowns);
        return breakdowns.counts(
                number(counted.get("events")),
                number(counted.get("registered")),
                number(counted.get("attended")),
                number(counted.get("participants")),
                number(counted.get("entities")),
                number(counted.get("member_states")),
                number(counted.get("observer_states")));
    }

    /** Sums rows of (gender, country, role, organisation type, n) into the four breakdowns. */
    private static final class Breakdowns implements RowCallbackHandler {

        private final Map<String, Long> byGender = new LinkedHashMap<>();
        private final Map<String, Long> byCountry = new LinkedHashMap<>();
        private final Map<String, Long> byType = new LinkedHashMap<>();
        private final Map<String, Long> byRole = new LinkedHashMap<>();

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long n = row.getLong("n");
            byGender.merge(key(row.getString("gender")), n, Long::sum);
            byCountry.merge(key(row.getString("country")), n, Long::sum);
            byRole.merge(key(row.getString("role")), n, Long::sum);
            byType.merge(key(row.getString("type")), n, Long::sum);
        }

        Counts counts(
                long events,
                long registered,
                long attended,
                long participants,
                long entities,
                long memberStates,
                long observerStates) {
            return new Counts(
                    events,
                    registered,
                    attended,
                    participants,
                    entities,
                    memberStates,
                    observerStates,
                    byGender,
                    byCountry,
                    byType,
                    byRole);
        }
    }

    private static String key(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** One page of what a figure counts, as the distinct values of its column (ids or country codes), sorted. */
    public Page<String> records(
            Selection selection,
            Counted figure,
            Collection<String> memberStates,
            Collection<String> observerStates,
            int page,
            int size) {
        planForTheseValues();
        MapSqlParameterSource params = states(memberStates, observerStates);
        String counted = selected(selection, params) + ", counted AS (SELECT DISTINCT " + column(figure)
                + " AS k FROM sel s WHERE " + condition(figure) + " AND " + column(figure) + " IS NOT NULL)";
        long total = jdbc.queryForObject(counted + " SELECT COUNT(*) FROM counted", params, Long.class);
        params.addValue("limit", size);
        params.addValue("offset", (long) page * size);
        List<String> keys = jdbc.queryForList(
                counted + " SELECT k FROM counted ORDER BY k LIMIT :limit OFFSET :offset", params, String.class);
        return new PageImpl<>(keys, PageRequest.of(page, size), total);
    }

    private static String eventFilter(Selection selection, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (selection.eventId() != null) {
            conditions.add("e.id = :eventId");
            params.addValue("eventId", selection.eventId());
        } else {
            conditions.add("e.state NOT IN ('DRAFT', 'CANCELLED')");
        }
        if (selection.from() != null) {
            conditions.add("e.start_date >= :from");
            params.addValue("from", selection.from());
        }
        if (selection.to() != null) {
            conditions.add("e.start_date <= :to");
            params.addValue("to", selection.to());
        }
        if (selection.theme() != null) {
            conditions.add("e.id IN (SELECT t.event_id FROM event_theme t WHERE t.code = :theme)");
            params.addValue("theme", selection.theme());
        }
        if (selection.type() != null) {
            conditions.add("e.type = :type");
            params.addValue("type", selection.type());
        }
        return String.join(" AND ", conditions);
    }
}
