package org.vtprotect.event.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Builds the public event pages from the services: codes become words of the reader's language. */
@Component
class EventPageFactory {

    static final int PAGE_SIZE = 20;

    private final Events events;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Countries countries;
    private final MessageSource messages;

    EventPageFactory(
            Events events,
            Organisations organisations,
            Taxonomy taxonomy,
            Countries countries,
            MessageSource messages) {
        this.events = events;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.messages = messages;
    }

    /** Upcoming events start today or later; past ones started before today. An unknown type shows all. */
    EventListPage list(@Nullable String when, @Nullable String type, int page, Locale locale) {
        boolean past = "past".equals(when);
        Map<String, String> types = taxonomy.labels(Vocabulary.EVENT_TYPES, locale);
        String shownType = type != null && types.containsKey(type.strip()) ? type.strip() : null;
        LocalDate today = LocalDate.now();
        Page<EventView> found = past
                ? events.list(null, today.minusDays(1).toString(), shownType, Math.max(page, 0), PAGE_SIZE, true)
                : events.list(today.toString(), null, shownType, Math.max(page, 0), PAGE_SIZE, false);
        List<EventListPage.Row> rows = found.getContent().stream()
                .map(e -> new EventListPage.Row(e, types.getOrDefault(e.type(), e.type()), place(e, locale)))
                .toList();
        return new EventListPage(past, shownType, types, rows, found.getNumber(), PAGE_SIZE, found.getTotalElements());
    }

    EventDetailPage detail(long id, Locale locale) {
        EventView event = events.find(id);
        Map<String, String> themes = taxonomy.labels(Vocabulary.THEMES, locale);
        Map<String, String> targets = taxonomy.labels(Vocabulary.TARGET_TYPES, locale);
        return new EventDetailPage(
                event,
                taxonomy.labels(Vocabulary.EVENT_TYPES, locale).getOrDefault(event.type(), event.type()),
                place(event, locale),
                event.themes().stream().map(t -> themes.getOrDefault(t, t)).toList(),
                event.targetTypes().stream()
                        .map(t -> targets.getOrDefault(t, t))
                        .toList(),
                event.languages().stream()
                        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                        .toList(),
                event.organiserIds().stream()
                        .flatMap(o -> organisations.find(o).stream())
                        .map(Organisations.View::name)
                        .sorted()
                        .toList());
    }

    RegistrationFormPage registration(long id, RegistrationForm form, Map<String, String> errors, Locale locale) {
        return registration(events.find(id), form, errors, locale);
    }

    /** The form for an event already found (an invitee's event may be hidden from the public). */
    RegistrationFormPage registration(
            EventView event, RegistrationForm form, Map<String, String> errors, Locale locale) {
        Map<String, String> directory = new LinkedHashMap<>();
        organisations.all().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(o -> directory.put(String.valueOf(o.id()), o.name()));
        Map<String, String> countryNames = new LinkedHashMap<>();
        countries.sortedFor(locale).forEach(c -> countryNames.put(c.iso3(), c.name(locale)));
        Map<String, String> genders = new LinkedHashMap<>();
        Arrays.stream(Gender.values()).forEach(g -> genders.put(g.name(), text("gender." + g.name(), locale)));
        Map<String, String> roles = new LinkedHashMap<>();
        Arrays.stream(ParticipantRole.values())
                .forEach(r -> roles.put(r.name(), text("event.role." + r.name(), locale)));
        return new RegistrationFormPage(
                event,
                form,
                errors,
                directory,
                taxonomy.labels(Vocabulary.ORGANISATION_TYPES, locale),
                countryNames,
                genders,
                roles);
    }

    /** Each form field's first problem as text; a duplicate is the e-mail's, other problems the form's ({@code ""}). */
    Map<String, String> errors(ProblemException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            String field = e.status() == HttpStatus.CONFLICT && "event.registration.duplicate".equals(e.messageKey())
                    ? "email"
                    : "";
            errors.put(field, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        e.fieldProblems().forEach(p -> errors.putIfAbsent(formField(p.field()), text(p.messageKey(), locale)));
        return errors;
    }

    /** The form's name for a field the service names. */
    static String formField(String field) {
        return switch (field) {
            case "organisation.id" -> "organisationId";
            case "organisation.name" -> "organisationName";
            case "organisation.type" -> "organisationType";
            case "organisation.countryIso3" -> "organisationCountry";
            case "representedCountryIso3" -> "representedCountry";
            default -> field;
        };
    }

    private @Nullable String place(EventView event, Locale locale) {
        if (event.venue() == null) {
            return null;
        }
        String city = event.venue().city();
        String country = countries
                .find(event.venue().countryIso3())
                .map(c -> c.name(locale))
                .orElse(null);
        if (city == null || city.isBlank()) {
            return country;
        }
        return country == null ? city : text("event.page.place", locale, city, country);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
