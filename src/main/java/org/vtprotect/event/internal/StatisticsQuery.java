package org.vtprotect.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

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

    StatisticsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Counts count(Selection selection, Collection<String> memberStates, Collection<String> observerStates) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String events = eventFilter(selection, params);
        String selected = "WITH sel AS (SELECT r.id, r.person_id, r.organisation_id, r.represented_country_iso3,"
                + " r.gender, r.role, CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id)"
                + " THEN 1 ELSE 0 END AS attended FROM registration r JOIN event e ON e.id = r.event_id WHERE "
                + events
                + (selection.countries() == null ? "" : " AND r.represented_country_iso3 IN (:countries)")
                + ")";
        if (selection.countries() != null) {
            params.addValue("countries", selection.countries().isEmpty() ? List.of("") : selection.countries());
        }
        params.addValue("members", memberStates.isEmpty() ? List.of("") : memberStates);
        params.addValue("observers", observerStates.isEmpty() ? List.of("") : observerStates);
        long eventCount = jdbc.queryForObject("SELECT COUNT(*) FROM event e WHERE " + events, params, Long.class);
        Map<String, Object> totals = jdbc.queryForMap(
                selected
                        + " SELECT COUNT(*) AS registered, COALESCE(SUM(attended), 0) AS attended,"
                        + " COUNT(DISTINCT CASE WHEN attended = 1 THEN person_id END) AS participants,"
                        + " COUNT(DISTINCT CASE WHEN attended = 1 THEN organisation_id END) AS entities,"
                        + " COUNT(DISTINCT CASE WHEN attended = 1 AND represented_country_iso3 IN (:members)"
                        + " THEN represented_country_iso3 END) AS member_states,"
                        + " COUNT(DISTINCT CASE WHEN attended = 1 AND represented_country_iso3 IN (:observers)"
                        + " THEN represented_country_iso3 END) AS observer_states FROM sel",
                params);
        String latest = selected
                + ", latest AS (SELECT * FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.person_id"
                + " ORDER BY s.id DESC) AS n FROM sel s WHERE s.attended = 1) x WHERE x.n = 1)";
        return new Counts(
                eventCount,
                number(totals.get("registered")),
                number(totals.get("attended")),
                number(totals.get("participants")),
                number(totals.get("entities")),
                number(totals.get("member_states")),
                number(totals.get("observer_states")),
                grouped(latest + " SELECT l.gender AS k, COUNT(*) AS n FROM latest l GROUP BY l.gender", params),
                grouped(
                        latest + " SELECT l.represented_country_iso3 AS k, COUNT(*) AS n FROM latest l"
                                + " GROUP BY l.represented_country_iso3",
                        params),
                grouped(
                        latest + " SELECT o.type AS k, COUNT(*) AS n FROM latest l"
                                + " LEFT JOIN organisation o ON o.id = l.organisation_id GROUP BY o.type",
                        params),
                grouped(latest + " SELECT l.role AS k, COUNT(*) AS n FROM latest l GROUP BY l.role", params));
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
        if (selection.type() != null) {
            conditions.add("e.type = :type");
            params.addValue("type", selection.type());
        }
        return String.join(" AND ", conditions);
    }

    private Map<String, Long> grouped(String sql, MapSqlParameterSource params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, params, row -> {
            String key = row.getString("k");
            counts.merge(key == null ? "" : key, row.getLong("n"), Long::sum);
        });
        return counts;
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
