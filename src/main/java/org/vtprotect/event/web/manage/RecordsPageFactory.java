package org.vtprotect.event.web.manage;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.Counted;
import org.vtprotect.event.CountedRecord;
import org.vtprotect.event.EventView;
import org.vtprotect.event.Events;
import org.vtprotect.reference.Vocabulary;

/** Names the records a figure counts: registrations with person, event, organisation and country; or persons, organisations, countries. */
@Component
class RecordsPageFactory {

    static final int SIZE = 100;

    private final People people;
    private final Organisations organisations;
    private final Events events;
    private final EventChoices choices;
    private final StatisticsPageFactory statistics;

    RecordsPageFactory(
            People people,
            Organisations organisations,
            Events events,
            EventChoices choices,
            StatisticsPageFactory statistics) {
        this.people = people;
        this.organisations = organisations;
        this.events = events;
        this.choices = choices;
        this.statistics = statistics;
    }

    RecordsPage page(
            @Nullable EventView event,
            Counted figure,
            long value,
            Page<CountedRecord> records,
            String back,
            String self,
            Locale locale) {
        List<String> headers = switch (figure) {
            case REGISTERED, ATTENDED ->
                List.of(
                        "event.manage.registrations.person",
                        "event.form.email",
                        "event.manage.statistics.event",
                        "event.manage.registrations.organisation",
                        "event.manage.registrations.country");
            case PARTICIPANTS -> List.of("event.manage.registrations.person", "event.form.email");
            case ENTITIES ->
                List.of(
                        "event.manage.registrations.organisation",
                        "event.form.organisationType",
                        "event.form.organisationCountry");
            case MEMBER_STATES, OBSERVER_STATES ->
                List.of("event.manage.registrations.country", "event.manage.statistics.code");
        };
        List<List<String>> rows =
                records.getContent().stream().map(r -> cells(figure, r, locale)).toList();
        return new RecordsPage(
                event,
                statistics.label(figure, locale),
                choices.text("event.manage.statistics.definition." + figure.parameter(), locale),
                value,
                headers.stream().map(h -> choices.text(h, locale)).toList(),
                rows,
                records.getNumber(),
                SIZE,
                records.getTotalElements(),
                back,
                self);
    }

    private List<String> cells(Counted figure, CountedRecord r, Locale locale) {
        return switch (figure) {
            case REGISTERED, ATTENDED ->
                List.of(
                        person(r.personId(), locale),
                        email(r.personId()),
                        r.eventId() == null ? "" : eventTitle(r.eventId()),
                        choices.organisation(r.organisationId()),
                        choices.country(r.countryIso3(), locale));
            case PARTICIPANTS -> List.of(person(r.personId(), locale), email(r.personId()));
            case ENTITIES -> organisation(r.organisationId(), locale);
            case MEMBER_STATES, OBSERVER_STATES ->
                List.of(choices.country(r.countryIso3(), locale), r.countryIso3() == null ? "" : r.countryIso3());
        };
    }

    private String person(@Nullable Long id, Locale locale) {
        return id == null
                ? ""
                : people.find(id).map(p -> choices.personName(p, locale)).orElse("");
    }

    private String email(@Nullable Long id) {
        return id == null ? "" : people.find(id).map(People.View::email).orElse("");
    }

    private String eventTitle(long id) {
        return events.find(id).title();
    }

    private List<String> organisation(@Nullable Long id, Locale locale) {
        var found = id == null ? null : organisations.find(id).orElse(null);
        if (found == null) {
            return List.of("", "", "");
        }
        return List.of(
                found.name(),
                choices.label(Vocabulary.ORGANISATION_TYPES, found.type(), locale),
                choices.country(found.countryIso3(), locale));
    }
}
