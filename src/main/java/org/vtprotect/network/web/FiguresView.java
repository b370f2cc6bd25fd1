package org.vtprotect.network.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.MembershipFigures;

/**
 * The figures page as shown: the period as typed, its errors, the figures (none when the period is
 * wrong), the words for each code in the reader's language, and the link to the same figures as CSV.
 */
public record FiguresView(
        String from,
        String to,
        FieldErrors errors,
        @Nullable MembershipFigures figures,
        Map<String, String> regions,
        Map<String, String> genders,
        Map<String, String> targetTypes,
        Map<String, String> languages,
        String csvLink) {

    /** The width of a bar of the chart (out of 100 units) for a month figure. */
    public int bar(long members) {
        if (figures == null || members <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(100.0 * members / figures.largestMonth()));
    }

    /** The word for a code, or the code itself when it has none. */
    public static String label(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }

    /** Total of a breakdown. */
    public static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
