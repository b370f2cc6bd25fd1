package org.vtprotect.event;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.TableFile;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.reference.Countries;

/**
 * The participants list of an event, for its organisers: the people with a confirmed place who
 * agreed to be listed, and no one else, by family name; as CSV, XLSX or PDF in the reader's language.
 * It names people and organisations, never addresses.
 */
@Service
public class ParticipantLists {

    /** One line of the list. */
    public record Participant(
            String familyName,
            String givenName,
            @Nullable String organisation,
            @Nullable String country,
            ParticipantRole role) {}

    /** The list, and how many confirmed registrations there are in all (the others did not agree to be listed). */
    public record ParticipantList(EventView event, List<Participant> listed, int confirmed) {

        public int unlisted() {
            return confirmed - listed.size();
        }
    }

    private final Events events;
    private final RegistrationRepository registrations;
    private final People people;
    private final Organisations organisations;
    private final Countries countries;
    private final MessageSource messages;

    ParticipantLists(
            Events events,
            RegistrationRepository registrations,
            People people,
            Organisations organisations,
            Countries countries,
            MessageSource messages) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.organisations = organisations;
        this.countries = countries;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public ParticipantList of(long eventId, Locale locale) {
        Event event = events.managed(eventId, Viewer.current());
        List<Registration> confirmed = registrations.findByEventIdOrderByIdAsc(eventId).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .toList();
        Map<Long, String> organisationNames = confirmed.stream()
                .map(Registration::organisationId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .flatMap(id -> organisations.find(id).stream())
                .collect(Collectors.toMap(Organisations.View::id, Organisations.View::name));
        List<Participant> listed = confirmed.stream()
                .filter(Registration::listed)
                .flatMap(r -> people.find(r.personId()).stream()
                        .map(p -> new Participant(
                                p.familyName(),
                                p.givenName(),
                                r.organisationId() == null ? null : organisationNames.get(r.organisationId()),
                                countries
                                        .find(r.representedCountryIso3())
                                        .map(c -> c.name(locale))
                                        .orElse(null),
                                r.role())))
                .sorted(Comparator.comparing(Participant::familyName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Participant::givenName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new ParticipantList(EventView.of(event), listed, confirmed.size());
    }

    /** The list as a table of the reader's language, for the files. */
    public TableFile table(ParticipantList list, Locale locale) {
        Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        EventView e = list.event();
        return new TableFile(
                e.title(),
                messages.getMessage(
                        "event.exports.subtitle",
                        new Object[] {
                            dates.format(e.startDate()),
                            dates.format(e.endDate()),
                            list.listed().size()
                        },
                        locale),
                List.of(
                        text.apply("event.column.familyName"),
                        text.apply("event.column.givenName"),
                        text.apply("event.column.organisation"),
                        text.apply("event.column.country"),
                        text.apply("event.column.role")),
                list.listed().stream()
                        .map(p -> List.of(
                                p.familyName(),
                                p.givenName(),
                                p.organisation() == null ? "" : p.organisation(),
                                p.country() == null ? "" : p.country(),
                                text.apply("event.role." + p.role().name())))
                        .toList());
    }
}
