package org.vtprotect.event.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes new registrations (with no attendance yet) as one JDBC batch: an import of thousands
 * would otherwise cost a round trip to the database per registration, the generated key being read
 * back each time. Runs in the caller's transaction.
 */
@Component
public class RegistrationInserts {

    private static final String INSERT = "INSERT INTO registration (event_id, person_id, organisation_id,"
            + " represented_country_iso3, gender, role, status, needs, language, consent_text, consented_at,"
            + " sample_data, listed, privacy_version, attended, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 0)";

    private final JdbcTemplate jdbc;

    RegistrationInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAll(List<Registration> registrations) {
        jdbc.batchUpdate(INSERT, registrations, 500, (row, r) -> {
            row.setLong(1, r.eventId());
            row.setLong(2, r.personId());
            if (r.organisationId() == null) {
                row.setNull(3, Types.BIGINT);
            } else {
                row.setLong(3, r.organisationId());
            }
            row.setString(4, r.representedCountryIso3());
            row.setString(5, r.gender().name());
            row.setString(6, r.role().name());
            row.setString(7, r.status().name());
            row.setString(8, r.needs());
            row.setString(9, r.language());
            row.setString(10, r.consentText());
            row.setTimestamp(11, timestamp(r.consentedAt()));
            row.setBoolean(12, r.sampleData());
            row.setBoolean(13, r.listed());
            row.setString(14, r.privacyVersion());
            row.setTimestamp(15, timestamp(r.createdAt()));
            row.setTimestamp(16, timestamp(r.createdAt()));
        });
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
