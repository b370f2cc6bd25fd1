package org.vtprotect.event.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the participation keys of the registrations (event migration V23): {@code counted_on},
 * the event's start date while the registration counts, and for the counted registrations that
 * were attended, the dates of the same person's previous and next ones (9999-12-31 for none) and of
 * the same organisation's previous one. With them the period statistics count a person once, by their
 * first registration in the period, and describe them by their last, in one pass over the period's
 * registrations; {@link StatisticsQuery} counts the same figures without them, and the two are
 * compared in the tests.
 *
 * <p>Every change that moves a key goes through here, in the changing transaction: a new
 * registration ({@link #registered}), a registration whose attendance or status changed
 * ({@link #changed}), an event whose start date or state changed ({@link #eventChanged}). A
 * transaction that will call the last two takes {@link #lock} before it changes anything. Each
 * first writes the pending changes of the persistence context, then updates with plain SQL;
 * the keys are not mapped by {@link Registration}, so nothing overwrites them.
 */
@Component
public class Participation {

    private static final int IN_LIST = 1_000;

    /** The next key of a person's last registration: a date after every period, rather than none. */
    public static final String NO_NEXT = "DATE '9999-12-31'";

    /** The key of a registration from its event and its status: the date while both count. */
    private static final String COUNTED_ON = "(SELECT e.start_date FROM event e WHERE e.id = registration.event_id"
            + " AND e.state NOT IN ('DRAFT', 'CANCELLED') AND registration.status <> 'DECLINED')";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entityManager;

    Participation(NamedParameterJdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /**
     * Waits for any other transaction changing keys to end, then holds them off until this one
     * ends. Taken before the registrations or the event are changed: the keys of one person or one
     * organisation span many registrations, and two transactions each holding one of them would
     * otherwise wait for each other.
     */
    public void lock() {
        jdbc.getJdbcTemplate().queryForList("SELECT id FROM participation_lock WHERE id = 1 FOR UPDATE");
    }

    /** New registrations of the event (none attended yet): they count from now on if their event does. */
    public void registered(long eventId) {
        entityManager.flush();
        jdbc.update(
                "UPDATE registration SET counted_on = " + COUNTED_ON
                        + " WHERE event_id = :event AND counted_on IS NULL AND status <> 'DECLINED'",
                new MapSqlParameterSource("event", eventId));
    }

    /** Registrations whose attendance or status changed. */
    public void changed(Collection<Long> registrationIds) {
        entityManager.flush();
        for (List<Long> ids : chunks(List.copyOf(registrationIds))) {
            MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
            jdbc.update("UPDATE registration SET counted_on = " + COUNTED_ON + " WHERE id IN (:ids)", params);
            keep(
                    jdbc.queryForList(
                            "SELECT DISTINCT person_id FROM registration WHERE id IN (:ids)", params, Long.class),
                    jdbc.queryForList(
                            "SELECT DISTINCT organisation_id FROM registration WHERE id IN (:ids)"
                                    + " AND organisation_id IS NOT NULL",
                            params,
                            Long.class));
        }
    }

    /** An event whose start date or state changed: every registration of it moves. */
    public void eventChanged(long eventId) {
        entityManager.flush();
        MapSqlParameterSource params = new MapSqlParameterSource("event", eventId);
        jdbc.update("UPDATE registration SET counted_on = " + COUNTED_ON + " WHERE event_id = :event", params);
        keep(
                jdbc.queryForList(
                        "SELECT DISTINCT person_id FROM registration WHERE event_id = :event AND attended = TRUE",
                        params,
                        Long.class),
                jdbc.queryForList(
                        "SELECT DISTINCT organisation_id FROM registration WHERE event_id = :event"
                                + " AND attended = TRUE AND organisation_id IS NOT NULL",
                        params,
                        Long.class));
    }

    /** The keys of these people's and organisations' registrations, worked out again from the counted attended ones. */
    private void keep(List<Long> people, List<Long> organisations) {
        for (List<Long> ids : chunks(people)) {
            keep("person_id IN (:ids)", new MapSqlParameterSource("ids", ids), PERSON);
        }
        for (List<Long> ids : chunks(organisations)) {
            keep("organisation_id IN (:ids)", new MapSqlParameterSource("ids", ids), ORGANISATION);
        }
    }

    /** Which registrations share a key: the same person's, with a previous and a next; the same organisation's, with a previous. */
    private record Keyed(
            String owner, String previous, @Nullable String next) {}

    private static final Keyed PERSON = new Keyed("person_id", "person_previous", "person_next");
    private static final Keyed ORGANISATION = new Keyed("organisation_id", "organisation_previous", null);

    /** The keys of the registrations matching the condition, and of every other registration of the same owners. */
    private void keep(String registrations, MapSqlParameterSource params, Keyed keyed) {
        String order = " OVER (PARTITION BY " + keyed.owner() + " ORDER BY counted_on, id)";
        jdbc.update(
                "UPDATE registration SET " + keyed.previous() + " = NULL"
                        + (keyed.next() == null ? "" : ", " + keyed.next() + " = NULL")
                        + " WHERE " + registrations + " AND (" + keyed.previous() + " IS NOT NULL"
                        + (keyed.next() == null ? "" : " OR " + keyed.next() + " IS NOT NULL") + ")",
                params);
        jdbc.update(
                "MERGE INTO registration r USING (SELECT id, LAG(counted_on)" + order + " AS previous"
                        + (keyed.next() == null
                                ? ""
                                : ", COALESCE(LEAD(counted_on)" + order + ", " + NO_NEXT + ") AS following")
                        + " FROM registration WHERE " + registrations + " AND " + keyed.owner() + " IS NOT NULL"
                        + " AND attended = TRUE AND counted_on IS NOT NULL) x ON (r.id = x.id)"
                        + " WHEN MATCHED THEN UPDATE SET " + keyed.previous() + " = x.previous"
                        + (keyed.next() == null ? "" : ", " + keyed.next() + " = x.following"),
                params);
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            chunks.add(ids.subList(from, Math.min(from + IN_LIST, ids.size())));
        }
        return chunks;
    }
}
