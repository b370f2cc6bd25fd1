package org.vtprotect.event.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events as an RFC 5545 iCalendar file: all-day events (the event's days, end exclusive), each with
 * a stable UID, DTSTAMP, and its time zone as a VTIMEZONE with the zone's offset on those days.
 * Text is escaped and lines folded at 75 octets.
 */
public final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** The calendar of the events; {@code baseUrl} makes each event's link and the UIDs' domain. */
    public static String of(Collection<Event> events, String baseUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//VT Protect//Events//EN");
        line(out, "CALSCALE:GREGORIAN");
        Set<String> zones = new LinkedHashSet<>();
        for (Event event : events) {
            if (zones.add(event.timeZone())) {
                timeZone(out, event);
            }
        }
        String host = baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.id() + "@" + host);
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.startDate()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.endDate().plusDays(1)));
            line(out, "SUMMARY:" + text(event.title()));
            String where = location(event);
            if (where != null) {
                line(out, "LOCATION:" + text(where));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "URL:" + baseUrl + "/events/" + event.id());
            line(
                    out,
                    "STATUS:"
                            + (event.state() == org.vtprotect.event.EventState.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "X-VTP-TIMEZONE:" + event.timeZone());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The zone with the offset it has on the event's first day: enough to place all-day events. */
    private static void timeZone(StringBuilder out, Event event) {
        ZoneId zone = event.zone();
        ZoneOffset offset =
                zone.getRules().getOffset(event.startDate().atStartOfDay(zone).toInstant());
        String id = offset.getTotalSeconds() == 0 ? "+0000" : offset.getId().replace(":", "");
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + event.timeZone());
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:" + id);
        line(out, "TZOFFSETTO:" + id);
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
    }

    private static @Nullable String location(Event event) {
        String venue = event.venueCity() == null
                ? event.venueCountryIso3()
                : event.venueCity() + (event.venueCountryIso3() == null ? "" : ", " + event.venueCountryIso3());
        if (venue == null) {
            return event.onlineLink();
        }
        return event.onlineLink() == null ? venue : venue + " / " + event.onlineLink();
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n")
                .replaceAll("\\p{Cntrl}", "");
    }

    /** Appends a content line folded to 75 octets (never inside a UTF-8 sequence), ended with CRLF. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
