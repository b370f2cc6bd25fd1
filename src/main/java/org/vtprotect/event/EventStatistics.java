package org.vtprotect.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Gender;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.StatisticsQuery;
import org.vtprotect.event.internal.StatisticsQuery.Counts;
import org.vtprotect.event.internal.StatisticsQuery.Selection;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * The figures of one event, or of the events starting in a period (drafts and cancelled events
 * left out), optionally of one type and counting only the people representing one country or the
 * countries of one M49 region. Definitions: {@link Figures}.
 */
@Service
public class EventStatistics {

    private final StatisticsQuery query;
    private final EventRepository events;
    private final Countries countries;
    private final Taxonomy taxonomy;
    private final Events organisers;
    private final RegistrationRepository registrations;

    EventStatistics(
            StatisticsQuery query,
            EventRepository events,
            Countries countries,
            Taxonomy taxonomy,
            Events organisers,
            RegistrationRepository registrations) {
        this.query = query;
        this.events = events;
        this.countries = countries;
        this.taxonomy = taxonomy;
        this.organisers = organisers;
        this.registrations = registrations;
    }

    @Transactional(readOnly = true)
    public Figures ofEvent(long eventId) {
        if (!events.existsById(eventId)) {
            throw ProblemException.notFound();
        }
        return figures(new Selection(eventId, null, null, null, null, null));
    }

    /** The figures of an event for its organisers' pages: 404 or 403 for anyone who does not manage it. */
    @Transactional(readOnly = true)
    public Figures ofManagedEvent(long eventId) {
        organisers.managed(eventId, Viewer.current());
        return figures(new Selection(eventId, null, null, null, null, null));
    }

    @Transactional(readOnly = true)
    public Figures ofPeriod(
            @Nullable String from,
            @Nullable String to,
            @Nullable String type,
            @Nullable String country,
            @Nullable String region) {
        return ofPeriod(from, to, type, null, country, region);
    }

    /** The figures of the events starting in the period, of a type and a theme, counting the people of a country or region. */
    @Transactional(readOnly = true)
    public Figures ofPeriod(
            @Nullable String from,
            @Nullable String to,
            @Nullable String type,
            @Nullable String theme,
            @Nullable String country,
            @Nullable String region) {
        return figures(period(from, to, type, theme, country, region));
    }

    /** What one figure of a managed event counts, one page at a time; as many records as the figure. */
    @Transactional(readOnly = true)
    public Page<CountedRecord> recordsOfEvent(long eventId, Counted figure, int page, int size) {
        organisers.managed(eventId, Viewer.current());
        return records(new Selection(eventId, null, null, null, null, null), figure, page, size);
    }

    /** What one figure of a period counts, one page at a time; as many records as the figure. */
    @Transactional(readOnly = true)
    public Page<CountedRecord> recordsOfPeriod(
            @Nullable String from,
            @Nullable String to,
            @Nullable String type,
            @Nullable String theme,
            @Nullable String country,
            @Nullable String region,
            Counted figure,
            int page,
            int size) {
        return records(period(from, to, type, theme, country, region), figure, page, size);
    }

    private Page<CountedRecord> records(Selection selection, Counted figure, int page, int size) {
        if (page < 0 || size < 1 || size > Events.MAX_PAGE_SIZE) {
            throw ProblemException.invalid("page", "event.paging.page.invalid");
        }
        Page<String> keys = query.records(selection, figure, members(), observers(), page, size);
        if (!figure.registrations()) {
            return keys.map(key -> switch (figure) {
                case PARTICIPANTS -> new CountedRecord(null, null, Long.valueOf(key), null, null);
                case ENTITIES -> new CountedRecord(null, null, null, Long.valueOf(key), null);
                default -> new CountedRecord(null, null, null, null, key);
            });
        }
        Map<Long, Registration> found = new java.util.HashMap<>();
        registrations
                .findAllById(keys.getContent().stream().map(Long::valueOf).toList())
                .forEach(r -> found.put(r.id(), r));
        return keys.map(key -> {
            Registration r = found.get(Long.valueOf(key));
            return new CountedRecord(
                    Long.valueOf(key),
                    r == null ? null : r.eventId(),
                    r == null ? null : r.personId(),
                    r == null ? null : r.organisationId(),
                    r == null ? null : r.representedCountryIso3());
        });
    }

    private Selection period(
            @Nullable String from,
            @Nullable String to,
            @Nullable String type,
            @Nullable String theme,
            @Nullable String country,
            @Nullable String region) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = Events.date(from, "from", problems);
        LocalDate end = Events.date(to, "to", problems);
        if (type != null && !taxonomy.contains(Vocabulary.EVENT_TYPES, type)) {
            problems.add(new FieldProblem("type", "event.type.unknown"));
        }
        if (theme != null && !taxonomy.contains(Vocabulary.THEMES, theme)) {
            problems.add(new FieldProblem("theme", "event.themes.unknown"));
        }
        if (country != null && !countries.exists(country)) {
            problems.add(new FieldProblem("country", "event.venue.country.unknown"));
        }
        List<String> inRegion = region == null ? null : countriesOf(region);
        if (inRegion != null && inRegion.isEmpty()) {
            problems.add(new FieldProblem("region", "event.statistics.region.unknown"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Collection<String> only = inRegion;
        if (country != null) {
            String iso3 = countries.find(country).orElseThrow().iso3();
            only = inRegion == null || inRegion.contains(iso3) ? List.of(iso3) : List.of();
        }
        return new Selection(null, start, end, type, theme, only);
    }

    private List<String> members() {
        return countries.all().stream()
                .filter(Country::isMemberState)
                .map(Country::iso3)
                .toList();
    }

    private List<String> observers() {
        return countries.all().stream()
                .filter(Country::isObserverState)
                .map(Country::iso3)
                .toList();
    }

    private Figures figures(Selection selection) {
        Counts counts = query.count(selection, members(), observers());
        return new Figures(
                counts.events(),
                counts.registered(),
                counts.attended(),
                counts.participants(),
                counts.entities(),
                counts.memberStates(),
                counts.observerStates(),
                zeroFilled(enumNames(Gender.values()), counts.byGender()),
                byRegion(counts.byCountry()),
                unspecifiedLast(new TreeMap<>(counts.byOrganisationType())),
                zeroFilled(enumNames(ParticipantRole.values()), counts.byRole()));
    }

    /** Each participant's represented country's M49 region; no country, or one in no region, is unspecified. */
    private Map<String, Long> byRegion(Map<String, Long> byCountry) {
        Map<String, Long> regions = new TreeMap<>();
        byCountry.forEach((iso3, n) ->
                regions.merge(countries.find(iso3).map(Country::regionCode).orElse(""), n, Long::sum));
        return unspecifiedLast(regions);
    }

    private static Map<String, Long> unspecifiedLast(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            if (key != null && !key.isEmpty()) {
                ordered.put(key, n);
            }
        });
        Long unspecified = counts.get("");
        if (unspecified != null) {
            ordered.put(Figures.UNSPECIFIED, unspecified);
        }
        return ordered;
    }

    private static Map<String, Long> zeroFilled(List<String> keys, Map<String, Long> counts) {
        Map<String, Long> filled = new LinkedHashMap<>();
        keys.forEach(key -> filled.put(key, counts.getOrDefault(key, 0L)));
        return filled;
    }

    private static List<String> enumNames(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    /** The countries whose M49 region, sub-region or intermediate region has this code. */
    private List<String> countriesOf(String region) {
        String code = region.strip();
        return countries.all().stream()
                .filter(c -> code.equals(c.regionCode())
                        || code.equals(c.subregionCode())
                        || code.equals(c.intermediateRegionCode()))
                .map(Country::iso3)
                .filter(Objects::nonNull)
                .toList();
    }
}
