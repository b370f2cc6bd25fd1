package org.vtprotect.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.event.RegistrationFilter;
import org.vtprotect.event.RegistrationRow;
import org.vtprotect.event.RegistrationStatus;

/**
 * The registrations of one event with the names the directory holds, filtered and paged by the
 * database: one query for the page, one for its days of attendance, however many registrations.
 * Names are searched in the directory's folded search text (any case, any accents).
 */
@Component
public class RegistrationRows {

    private static final int MAX_WORDS = 8;

    private final NamedParameterJdbcTemplate jdbc;

    RegistrationRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count(long eventId, RegistrationFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT COUNT(*) " + from(eventId, filter, params), params, Long.class);
    }

    public Optional<RegistrationRow> one(long eventId, long registrationId) {
        return rows(eventId, RegistrationFilter.ALL, registrationId, 0, 1).stream()
                .findFirst();
    }

    public List<RegistrationRow> page(long eventId, RegistrationFilter filter, int page, int size) {
        return rows(eventId, filter, null, page, size);
    }

    private List<RegistrationRow> rows(
            long eventId, RegistrationFilter filter, @Nullable Long only, int page, int size) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (only != null) {
            params.addValue("only", only);
        }
        params.addValue("limit", size);
        params.addValue("offset", (long) page * size);
        List<Row> rows = jdbc.query(
                "SELECT r.id, r.person_id, p.given_name, p.family_name, p.email, r.organisation_id,"
                        + " o.name AS organisation_name, r.represented_country_iso3, r.gender, r.role, r.status,"
                        + " r.needs, r.created_at "
                        + from(eventId, filter, params)
                        + (only == null ? "" : " AND r.id = :only")
                        + " ORDER BY p.sort_name, r.id LIMIT :limit OFFSET :offset",
                params,
                (rs, n) -> row(rs));
        Map<Long, List<LocalDate>> days = days(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> r.with(days.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static String from(long eventId, RegistrationFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("FROM registration r JOIN person p ON p.id = r.person_id"
                + " LEFT JOIN organisation o ON o.id = r.organisation_id WHERE r.event_id = :eventId");
        params.addValue("eventId", eventId);
        List<String> words = words(filter.text());
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND p.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
            params.addValue("word" + i, words.get(i));
        }
        List<String> organisationWords = words(filter.organisation());
        for (int i = 0; i < organisationWords.size(); i++) {
            sql.append(" AND o.search_text LIKE :org").append(i).append(" ESCAPE '\\'");
            params.addValue("org" + i, organisationWords.get(i));
        }
        if (filter.status() != null) {
            sql.append(" AND r.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.present()) {
            sql.append(" AND r.status <> 'DECLINED'");
        }
        if (filter.role() != null) {
            sql.append(" AND r.role = :role");
            params.addValue("role", filter.role().name());
        }
        if (filter.gender() != null) {
            sql.append(" AND r.gender = :gender");
            params.addValue("gender", filter.gender().name());
        }
        if (filter.country() != null) {
            sql.append(" AND r.represented_country_iso3 = :country");
            params.addValue("country", filter.country());
        }
        return sql.toString();
    }

    private Map<Long, List<LocalDate>> days(List<Long> registrations) {
        Map<Long, List<LocalDate>> days = new HashMap<>();
        if (registrations.isEmpty()) {
            return days;
        }
        jdbc.query(
                "SELECT registration_id, attended_on FROM attendance WHERE registration_id IN (:ids)"
                        + " ORDER BY attended_on",
                new MapSqlParameterSource("ids", registrations),
                rs -> {
                    days.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                });
        return days;
    }

    /** LIKE patterns finding each word of the text, folded as the directory folds its search text. */
    static List<String> words(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .strip();
        return Arrays.stream(folded.split("\\s+"))
                .filter(w -> !w.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        boolean noOrganisation = rs.wasNull();
        return new Row(new RegistrationRow(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("given_name"),
                rs.getString("family_name"),
                rs.getString("email"),
                noOrganisation ? null : organisation,
                rs.getString("organisation_name"),
                rs.getString("represented_country_iso3"),
                Gender.valueOf(rs.getString("gender")),
                ParticipantRole.valueOf(rs.getString("role")),
                RegistrationStatus.valueOf(rs.getString("status")),
                rs.getString("needs"),
                List.of(),
                rs.getTimestamp("created_at").toInstant()));
    }

    private record Row(RegistrationRow row) {
        long id() {
            return row.id();
        }

        RegistrationRow with(List<LocalDate> days) {
            return new RegistrationRow(
                    row.id(),
                    row.personId(),
                    row.givenName(),
                    row.familyName(),
                    row.email(),
                    row.organisationId(),
                    row.organisationName(),
                    row.representedCountryIso3(),
                    row.gender(),
                    row.role(),
                    row.status(),
                    row.needs(),
                    days,
                    row.createdAt());
        }
    }
}
