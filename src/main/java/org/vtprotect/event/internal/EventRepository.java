package org.vtprotect.event.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.vtprotect.event.EventState;
import org.vtprotect.event.Visibility;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    boolean existsByTitleAndStartDate(String title, LocalDate startDate);

    /**
     * Takes one seat if one is free: the database locks the row for the update, so of two
     * registrations for the last seat exactly one gets 1 back and the other 0 (it waits).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            value = "UPDATE event SET seats_taken = seats_taken + 1"
                    + " WHERE id = :id AND (capacity IS NULL OR seats_taken < capacity)",
            nativeQuery = true)
    int takeSeat(@Param("id") long id);

    /**
     * The capacity (null: unlimited) and the seats taken of an event, its row locked until the
     * transaction ends, so that an import can take seats for many registrations in one step.
     */
    @Query(value = "SELECT capacity, seats_taken FROM event WHERE id = :id FOR UPDATE", nativeQuery = true)
    List<Object[]> seatsForUpdate(@Param("id") long id);

    /** Takes {@code n} seats; the caller locked the row and knows they are free. */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(value = "UPDATE event SET seats_taken = seats_taken + :n WHERE id = :id", nativeQuery = true)
    int takeSeats(@Param("id") long id, @Param("n") int n);

    /** Gives a seat back (a confirmed registration declined). */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query(
            value = "UPDATE event SET seats_taken = seats_taken - 1 WHERE id = :id AND seats_taken > 0",
            nativeQuery = true)
    int releaseSeat(@Param("id") long id);

    /**
     * Events their organisers manage: all of them for programme staff ({@code everything}), else
     * those {@code organisationId} organises (none without one); with words of the title (any case),
     * a type, a state and a year of start.
     */
    static Specification<Event> managed(
            @Nullable String text,
            @Nullable String type,
            @Nullable EventState state,
            @Nullable Integer year,
            boolean everything,
            @Nullable Long organisationId) {
        Specification<Event> spec = Specification.unrestricted();
        if (text != null && !text.isBlank()) {
            String pattern = "%"
                    + text.strip()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("title")), pattern, '\\'));
        }
        if (type != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        if (state != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), state));
        }
        if (year != null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            spec = spec.and((root, query, cb) -> cb.between(root.get("startDate"), first, last));
        }
        if (!everything) {
            spec = spec.and((root, query, cb) ->
                    organisationId == null ? cb.disjunction() : cb.isMember(organisationId, root.get("organiserIds")));
        }
        return spec;
    }

    /**
     * Events starting in a period, of a type; {@code organisationId} sees, besides public events,
     * those it organises; {@code everything} (programme staff) sees all.
     */
    static Specification<Event> visible(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String type,
            boolean everything,
            @Nullable Long organisationId) {
        Specification<Event> spec = Specification.unrestricted();
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startDate"), from));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("startDate"), to));
        }
        if (type != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("type"), type));
        }
        if (!everything) {
            Specification<Event> shown = (root, query, cb) -> cb.and(
                    cb.equal(root.get("visibility"), Visibility.PUBLIC),
                    cb.notEqual(root.get("state"), EventState.DRAFT));
            if (organisationId != null) {
                shown = shown.or((root, query, cb) -> cb.isMember(organisationId, root.get("organiserIds")));
            }
            spec = spec.and(shown);
        }
        return spec;
    }
}
