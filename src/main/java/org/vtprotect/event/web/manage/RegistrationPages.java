package org.vtprotect.event.web.manage;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.directory.Gender;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.event.RegistrationDecisions;
import org.vtprotect.event.RegistrationFilter;
import org.vtprotect.event.RegistrationList;
import org.vtprotect.event.RegistrationRow;
import org.vtprotect.event.RegistrationStatus;

/**
 * An event's registrations: the list (search, filters by status, role, organisation, country,
 * gender; paging with a count), and the organisers' decisions on each: approve, decline, give a
 * waiting registration a free seat.
 */
@Controller
class RegistrationPages {

    static final int SIZE = 50;

    private final Events events;
    private final RegistrationList registrations;
    private final RegistrationDecisions decisions;
    private final EventChoices choices;

    RegistrationPages(
            Events events, RegistrationList registrations, RegistrationDecisions decisions, EventChoices choices) {
        this.events = events;
        this.registrations = registrations;
        this.decisions = decisions;
        this.choices = choices;
    }

    @GetMapping("/manage/events/{id}/registrations")
    String list(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "") String gender,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Locale locale,
            Model model) {
        EventView event = events.forOrganisers(id);
        RegistrationStatus shownStatus = constant(RegistrationStatus.values(), status);
        ParticipantRole shownRole = constant(ParticipantRole.values(), role);
        Gender shownGender = constant(Gender.values(), gender);
        var countries = choices.countries(locale);
        String shownCountry = countries.stream().anyMatch(o -> o.value().equals(country)) ? country : "";
        var filter = new RegistrationFilter(
                clip(q),
                clip(organisation),
                shownStatus,
                shownRole,
                shownCountry.isEmpty() ? null : shownCountry,
                shownGender,
                false);
        Page<RegistrationRow> found = registrations.of(id, filter, ManageEventList.page(page), SIZE);
        var rows = found.getContent().stream().map(r -> row(r, locale)).toList();
        model.addAttribute(
                "page",
                new RegistrationsPage(
                        event,
                        new RegistrationsPage.Filters(
                                clip(q),
                                clip(organisation),
                                name(shownStatus),
                                name(shownRole),
                                shownCountry,
                                name(shownGender)),
                        choices.enumOptions(RegistrationStatus.values(), "event.registration.status.", locale),
                        choices.enumOptions(ParticipantRole.values(), "event.role.", locale),
                        choices.enumOptions(Gender.values(), "gender.", locale),
                        countries,
                        rows,
                        found.getNumber(),
                        SIZE,
                        found.getTotalElements(),
                        model.getAttribute("notice") instanceof String notice ? notice : null));
        boolean fragment = htmx != null && restore == null;
        return fragment ? "event/manage/registrationResults" : "event/manage/registrations";
    }

    @PostMapping("/manage/events/{id}/registrations/{registrationId}/approve")
    String approve(@PathVariable long id, @PathVariable long registrationId, RedirectAttributes redirect) {
        var decided = decisions.approve(id, registrationId);
        redirect.addFlashAttribute(
                "notice",
                decided.status() == RegistrationStatus.CONFIRMED
                        ? "event.manage.registrations.approved"
                        : "event.manage.registrations.approvedWaiting");
        return "redirect:/manage/events/" + id + "/registrations";
    }

    @PostMapping("/manage/events/{id}/registrations/{registrationId}/decline")
    String decline(@PathVariable long id, @PathVariable long registrationId, RedirectAttributes redirect) {
        decisions.decline(id, registrationId);
        redirect.addFlashAttribute("notice", "event.manage.registrations.declinedNotice");
        return "redirect:/manage/events/" + id + "/registrations";
    }

    @PostMapping("/manage/events/{id}/registrations/{registrationId}/promote")
    String promote(@PathVariable long id, @PathVariable long registrationId, RedirectAttributes redirect) {
        decisions.promote(id, registrationId);
        redirect.addFlashAttribute("notice", "event.manage.registrations.promoted");
        return "redirect:/manage/events/" + id + "/registrations";
    }

    private RegistrationsPage.Row row(RegistrationRow r, Locale locale) {
        return new RegistrationsPage.Row(
                r,
                choices.text("event.manage.personName", locale, r.givenName(), r.familyName()),
                choices.text("event.registration.status." + r.status().name(), locale),
                choices.text("event.role." + r.role().name(), locale),
                choices.text("gender." + r.gender().name(), locale),
                choices.country(r.representedCountryIso3(), locale));
    }

    static <E extends Enum<E>> @Nullable E constant(E[] values, String name) {
        return Arrays.stream(values)
                .filter(v -> v.name().equals(name.strip()))
                .findFirst()
                .orElse(null);
    }

    static String name(@Nullable Enum<?> value) {
        return value == null ? "" : value.name();
    }

    static String clip(String text) {
        String tidy = text.strip();
        return tidy.length() > 200 ? tidy.substring(0, 200) : tidy;
    }
}
