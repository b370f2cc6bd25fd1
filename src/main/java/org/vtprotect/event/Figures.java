package org.vtprotect.event;

import java.util.Map;

/**
 * The figures the programme reports for a set of events, as defined in DESIGN.md ("Counting
 * people"): {@code registered} registrations, {@code attended} registrations with attendance,
 * {@code participants} distinct persons with attendance, {@code entities} distinct organisations of
 * those attendances, {@code memberStates}/{@code observerStates} distinct represented countries by
 * UN status. Each breakdown counts every participant once (with the details of their latest
 * attended registration in the selection), so its parts add up to {@code participants}.
 */
public record Figures(
        long events,
        long registered,
        long attended,
        long participants,
        long entities,
        long memberStates,
        long observerStates,
        Map<String, Long> byGender,
        Map<String, Long> byRegion,
        Map<String, Long> byOrganisationType,
        Map<String, Long> byRole) {

    /** The key of a breakdown for participants without that detail (no organisation, no country). */
    public static final String UNSPECIFIED = "UNSPECIFIED";
}
