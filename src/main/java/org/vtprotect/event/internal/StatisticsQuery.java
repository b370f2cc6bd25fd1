package org.vtprotect.event.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
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

    StatisticsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each figure's definition over the selected registrations {@code sel}: the condition a
     * registration meets to count, and the column whose distinct values are counted. The figure
     * and the list of its records are both written from these, so they cannot drift apart.
     */
    private static String condition(Counted figure) {
        return switch (figure) {
            case REGISTERED -> "1 = 1";
            case ATTENDED, PARTICIPANTS, ENTITIES -> "s.attended = 1";
            case MEMBER_STATES -> "s.attended = 1 AND s.represented_country_iso3 IN (:members)";
            case OBSERVER_STATES -> "s.attended = 1 AND s.represented_country_iso3 IN (:observers)";
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
                + " r.gender, r.role, CASE WHEN EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id)"
                + " THEN 1 ELSE 0 END AS attended FROM registration r JOIN event e ON e.id = r.event_id WHERE "
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

    public Counts count(Selection selection, Collection<String> memberStates, Collection<String> observerStates) {
        MapSqlParameterSource params = states(memberStates, observerStates);
        String selected = selected(selection, params);
        long eventCount = jdbc.queryForObject(
                "SELECT COUNT(*) FROM event e WHERE " + eventFilter(selection, params), params, Long.class);
        StringBuilder totals = new StringBuilder(selected).append(" SELECT ");
        for (Counted figure : Counted.values()) {
            totals.append(figure.ordinal() == 0 ? "" : ", ")
                    .append("COUNT(DISTINCT CASE WHEN ")
                    .append(condition(figure))
                    .append(" THEN ")
                    .append(column(figure))
                    .append(" END) AS ")
                    .append(figure.name().toLowerCase(Locale.ROOT));
        }
        Map<String, Object> counted =
                jdbc.queryForMap(totals.append(" FROM sel s").toString(), params);
        String latest = selected
                + ", latest AS (SELECT * FROM (SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s.person_id"
                + " ORDER BY s.id DESC) AS n FROM sel s WHERE " + condition(Counted.PARTICIPANTS)
                + ") x WHERE x.n = 1)";
        return new Counts(
                eventCount,
                number(counted.get("registered")),
                number(counted.get("attended")),
                number(counted.get("participants")),
                number(counted.get("entities")),
                number(counted.get("member_states")),
                number(counted.get("observer_states")),
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

    /** One page of what a figure counts, as the distinct values of its column (ids or country codes), sorted. */
    public Page<String> records(
            Selection selection,
            Counted figure,
            Collection<String> memberStates,
            Collection<String> observerStates,
            int page,
            int size) {
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
