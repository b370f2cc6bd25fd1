package org.vtprotect.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The membership figures of a period ({@code from} to {@code to}, both days included, in UTC).
 * {@code members}: members at the end of the period, erased ones included if they were members
 * then; {@code admitted}, {@code declined}: decisions taken in the period; {@code pending}:
 * confirmed applications not decided (nor withdrawn) at the end. The breakdowns are over {@code
 * members}: by M49 region of the member's country ({@code none} for a country outside any) and by
 * gender add up to {@code members}; by target type and by language do not, as a member may hold
 * several or none. {@code overTime}: members at the end of each month of the period (at {@code to}
 * for its last month).
 */
public record MembershipFigures(
        LocalDate from,
        LocalDate to,
        long members,
        long admitted,
        long declined,
        long pending,
        Map<String, Long> byRegion,
        Map<String, Long> byGender,
        Map<String, Long> byTargetType,
        Map<String, Long> byLanguage,
        List<Month> overTime) {

    /** Members at the end of one month ({@code end}, the last day counted). */
    public record Month(String month, LocalDate end, long members) {}

    /** The largest month figure, for scaling a chart (at least 1). */
    public long largestMonth() {
        return Math.max(1, overTime.stream().mapToLong(Month::members).max().orElse(0));
    }
}
