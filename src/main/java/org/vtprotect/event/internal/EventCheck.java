package org.vtprotect.event.internal;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.event.EventFormat;
import org.vtprotect.event.EventRequest;
import org.vtprotect.event.Visibility;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Turns what a client sent into an {@link EventDescription}, or a 400 naming every field at fault. */
@Component
public class EventCheck {

    static final int TITLE_MAX = 300;
    static final int CITY_MAX = 200;
    static final int LINK_MAX = 500;
    static final int DESCRIPTION_MAX = 10_000;

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Organisations organisations;

    EventCheck(Taxonomy taxonomy, Countries countries, Organisations organisations) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.organisations = organisations;
    }

    /** The checked description; {@code extraOrganiser} (a partner's own organisation) is added to the organisers. */
    public EventDescription check(EventRequest r, @Nullable Long extraOrganiser) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = tidy(r.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "event.title.required"));
        } else if (title.length() > TITLE_MAX) {
            problems.add(new FieldProblem("title", "event.title.tooLong"));
        }
        if (!taxonomy.contains(Vocabulary.EVENT_TYPES, r.type())) {
            problems.add(new FieldProblem("type", "event.type.unknown"));
        }
        LocalDate start = date(r.startDate(), "startDate", true, problems);
        LocalDate end = date(r.endDate(), "endDate", true, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new FieldProblem("endDate", "event.endDate.beforeStart"));
        }
        ZoneId zone = zone(r.timeZone(), problems);
        EventFormat format = parse(EventFormat.class, r.format(), EventFormat.IN_PERSON, "format", problems);
        Visibility visibility = parse(Visibility.class, r.visibility(), Visibility.PUBLIC, "visibility", problems);
        String city = r.venue() == null ? null : tidy(r.venue().city());
        String country = r.venue() == null ? null : tidy(r.venue().countryIso3());
        if (city != null && city.length() > CITY_MAX) {
            problems.add(new FieldProblem("venue.city", "event.venue.city.tooLong"));
        }
        if (country != null && !countries.exists(country)) {
            problems.add(new FieldProblem("venue.countryIso3", "event.venue.country.unknown"));
        } else if (country == null && format != null && format.hasVenue()) {
            problems.add(new FieldProblem("venue.countryIso3", "event.venue.country.required"));
        }
        String link = tidy(r.onlineLink());
        if (link != null && !isWebLink(link)) {
            problems.add(new FieldProblem("onlineLink", "event.onlineLink.invalid"));
        }
        String description = tidy(r.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "event.description.tooLong"));
        }
        Set<String> themes = codes(r.themes(), Vocabulary.THEMES, "themes", problems);
        Set<String> targetTypes = codes(r.targetTypes(), Vocabulary.TARGET_TYPES, "targetTypes", problems);
        Set<String> languages = languages(r.languages(), problems);
        Set<Long> organisers = new LinkedHashSet<>(r.organiserIds() == null ? List.of() : r.organiserIds());
        organisers.remove(null);
        if (organisers.stream().anyMatch(id -> organisations.find(id).isEmpty())) {
            problems.add(new FieldProblem("organiserIds", "event.organiserIds.unknown"));
        }
        if (extraOrganiser != null) {
            organisers.add(extraOrganiser);
        }
        if (r.capacity() != null && (r.capacity() < 1 || r.capacity() > 1_000_000)) {
            problems.add(new FieldProblem("capacity", "event.capacity.invalid"));
        }
        LocalDate opens = date(r.registrationOpens(), "registrationOpens", false, problems);
        LocalDate closes = date(r.registrationCloses(), "registrationCloses", false, problems);
        if (opens != null && closes != null && closes.isBefore(opens)) {
            problems.add(new FieldProblem("registrationCloses", "event.registrationCloses.beforeOpens"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return new EventDescription(
                title,
                r.type(),
                start,
                end,
                zone,
                format,
                city,
                country == null ? null : country.toUpperCase(Locale.ROOT),
                link,
                description,
                visibility,
                opens,
                closes,
                r.capacity(),
                themes,
                targetTypes,
                languages,
                organisers,
                Boolean.TRUE.equals(r.approvalRequired()));
    }

    private static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable LocalDate date(
            @Nullable String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "event.date.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1945 || date.getYear() > 2200) {
                problems.add(new FieldProblem(field, "event.date.invalid"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "event.date.invalid"));
            return null;
        }
    }

    private static @Nullable ZoneId zone(@Nullable String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            if (!text.strip().contains("/") && !"UTC".equals(text.strip())) {
                throw new DateTimeException("only region ids");
            }
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "event.timeZone.unknown"));
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String text, E fallback, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "event." + field + ".unknown"));
            return null;
        }
    }

    private Set<String> codes(
            @Nullable List<String> given, Vocabulary vocabulary, String field, List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>(given == null ? List.of() : given);
        if (codes.contains(null) || !taxonomy.containsAll(vocabulary, codes)) {
            problems.add(new FieldProblem(field, "event." + field + ".unknown"));
        }
        return codes;
    }

    private static Set<String> languages(@Nullable List<String> given, List<FieldProblem> problems) {
        Set<String> codes = new LinkedHashSet<>(given == null ? List.of() : given);
        Set<String> known = new LinkedHashSet<>();
        Languages.SUPPORTED.forEach(locale -> known.add(locale.getLanguage()));
        if (!known.containsAll(codes)) {
            problems.add(new FieldProblem("languages", "event.languages.unknown"));
        }
        return codes;
    }

    private static boolean isWebLink(String link) {
        if (link.length() > LINK_MAX) {
            return false;
        }
        try {
            URI uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
