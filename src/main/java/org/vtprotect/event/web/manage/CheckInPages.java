package org.vtprotect.event.web.manage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.RegistrationDecisions;
import org.vtprotect.event.RegistrationFilter;
import org.vtprotect.event.RegistrationList;
import org.vtprotect.event.RegistrationRow;
import org.vtprotect.platform.ProblemException;

/**
 * Checking people in on a tablet: one day of the event, the people registered found by name, one
 * large button per person marking them present or not. Without JavaScript each button posts and
 * the list comes back; with htmx only the person's row is swapped.
 */
@Controller
class CheckInPages {

    static final int SIZE = 200;

    private final Events events;
    private final RegistrationList registrations;
    private final RegistrationDecisions decisions;
    private final EventChoices choices;

    CheckInPages(Events events, RegistrationList registrations, RegistrationDecisions decisions, EventChoices choices) {
        this.events = events;
        this.registrations = registrations;
        this.decisions = decisions;
        this.choices = choices;
    }

    @GetMapping("/manage/events/{id}/check-in")
    String list(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        EventView event = events.forOrganisers(id);
        LocalDate shown = day(event, day);
        String query = RegistrationPages.clip(q);
        var found = registrations.of(
                id,
                new RegistrationFilter(query, null, null, null, null, null, true),
                ManageEventList.page(page),
                SIZE);
        List<Option> days = new ArrayList<>();
        for (var d = event.startDate(); !d.isAfter(event.endDate()); d = d.plusDays(1)) {
            days.add(new Option(d.toString(), choices.day(d, locale)));
        }
        var rows = found.getContent().stream().map(r -> row(r, locale)).toList();
        model.addAttribute(
                "page",
                new CheckInPage(event, shown, days, query, rows, found.getNumber(), SIZE, found.getTotalElements()));
        boolean fragment = htmx != null && restore == null;
        return fragment ? "event/manage/checkInResults" : "event/manage/checkIn";
    }

    @PostMapping("/manage/events/{id}/check-in/{registrationId}")
    String mark(
            @PathVariable long id,
            @PathVariable long registrationId,
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "true") boolean attended,
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        EventView event = events.forOrganisers(id);
        LocalDate date = day(event, day);
        decisions.attended(id, registrationId, date, attended);
        if (htmx != null) {
            var changed = row(registrations.one(id, registrationId), locale);
            model.addAttribute("page", new CheckInPage(event, date, List.of(), q, List.of(changed), 0, 1, 1));
            model.addAttribute("row", changed);
            return "event/manage/checkInRow";
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/manage/events/" + id + "/check-in")
                .queryParam("day", date);
        if (!q.isBlank()) {
            back.queryParam("q", q.strip());
        }
        return "redirect:" + back.encode().build().toUriString() + "#registration-" + registrationId;
    }

    private CheckInPage.Row row(RegistrationRow r, Locale locale) {
        return new CheckInPage.Row(r, choices.text("event.manage.personName", locale, r.givenName(), r.familyName()));
    }

    /** The day asked for when it is one of the event's; today during the event; else its first day. */
    private static LocalDate day(EventView event, @Nullable String day) {
        if (day != null && !day.isBlank()) {
            try {
                LocalDate asked = LocalDate.parse(day.strip());
                if (!asked.isBefore(event.startDate()) && !asked.isAfter(event.endDate())) {
                    return asked;
                }
            } catch (DateTimeParseException e) {
                // an unreadable day is refused as one outside the event
            }
            throw ProblemException.invalid("day", "event.attendance.outside");
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of(event.timeZone()));
        return today.isBefore(event.startDate()) || today.isAfter(event.endDate()) ? event.startDate() : today;
    }
}
