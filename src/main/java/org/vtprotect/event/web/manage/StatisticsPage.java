package org.vtprotect.event.web.manage;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.event.EventView;

/**
 * Figures shown as the programme reports them: each large, its definition under it, a link to the
 * records it counts; each breakdown as bars beside the table of its numbers. For one event
 * ({@code event}) or for a period ({@code filters}, {@code errors}, the choices of the form).
 */
public record StatisticsPage(
        @Nullable EventView event,
        long events,
        List<Card> cards,
        List<Breakdown> breakdowns,
        String query,
        @Nullable PeriodForm filters,
        FieldErrors errors) {

    /** One figure: its name in links, label, definition, value, and the list of what it counts. */
    public record Card(String parameter, String label, String definition, long value, String records) {}

    /** One breakdown of the participants, with parts adding up to its total. */
    public record Breakdown(String id, String title, List<Part> parts, long total) {}

    /** One part of a breakdown; {@code share} in percent of the total, for the bar's width. */
    public record Part(String label, long value, double share) {

        public String width() {
            return String.format(java.util.Locale.ROOT, "%.1f%%", Math.max(share, value > 0 ? 0.5 : 0));
        }
    }

    /** The filters of the period form as typed, and its choices. */
    public record PeriodForm(
            String from,
            String to,
            String type,
            String theme,
            String country,
            String region,
            List<Option> types,
            List<Option> themes,
            List<Option> countries,
            List<Option> regions) {}

    public String base() {
        return event == null ? "/manage/statistics/events" : "/manage/events/" + event.id() + "/statistics";
    }

    public String export(String format) {
        return base() + "/export?format=" + format + (query.isEmpty() ? "" : "&" + query);
    }
}
