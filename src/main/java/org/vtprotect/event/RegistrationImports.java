package org.vtprotect.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.RegistrationRequest.OrganisationChoice;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationCheck;
import org.vtprotect.event.internal.RegistrationCheck.Checked;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Spreadsheet;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * Registrations imported from a CSV or XLSX file: first a preview saying per row what would be
 * created, matched (a person or organisation of the directory, by its matching rules) or rejected
 * and why, with nothing stored; then the import of that preview, every row checked again, in one
 * transaction. Imported people get no confirmation mail: organisers import those they already know.
 */
@Service
public class RegistrationImports {

    /** A row as read from the file, before any check. */
    record Candidate(int row, RegistrationRequest request) {

        static Candidate of(Spreadsheet.Line line) {
            String name = first(line, "organisation", "organization");
            String type = upper(first(line, "organisationtype", "organizationtype"));
            String represented = first(line, "representedcountry", "country");
            String organisationCountry = first(line, "organisationcountry", "organizationcountry");
            OrganisationChoice organisation = name == null
                    ? null
                    : new OrganisationChoice(
                            null, name, type, organisationCountry == null ? represented : organisationCountry);
            String listed = first(line, "listed");
            return new Candidate(
                    line.number(),
                    new RegistrationRequest(
                            first(line, "givenname", "firstname"),
                            first(line, "familyname", "lastname", "surname"),
                            first(line, "email", "emailaddress"),
                            upper(first(line, "gender")),
                            organisation,
                            represented,
                            upper(first(line, "role")),
                            first(line, "needs"),
                            first(line, "language"),
                            false,
                            listed != null
                                    && Set.of("yes", "true", "1", "y").contains(listed.toLowerCase(Locale.ROOT))));
        }

        private static @Nullable String first(Spreadsheet.Line line, String... columns) {
            for (String column : columns) {
                String value = line.get(column);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        private static @Nullable String upper(@Nullable String value) {
            return value == null ? null : value.toUpperCase(Locale.ROOT);
        }
    }

    /** A candidate checked: its preview row, and what to register when it is not rejected. */
    private record Assessed(ImportRow row, @Nullable Checked checked) {}

    private final Events events;
    private final Registrations registrations;
    private final RegistrationRepository registrationRows;
    private final RegistrationCheck check;
    private final People people;
    private final Organisations organisations;
    private final PreviewStore store;

    RegistrationImports(
            Events events,
            Registrations registrations,
            RegistrationRepository registrationRows,
            RegistrationCheck check,
            People people,
            Organisations organisations,
            PreviewStore store) {
        this.events = events;
        this.registrations = registrations;
        this.registrationRows = registrationRows;
        this.check = check;
        this.people = people;
        this.organisations = organisations;
        this.store = store;
    }

    /** Reads and checks the file, stores nothing but the preview (in memory, for a while). */
    @Transactional(readOnly = true)
    public ImportPreview preview(long eventId, @Nullable String fileName, byte[] content, Locale locale) {
        Event event = events.managed(eventId, Viewer.current());
        List<Candidate> candidates =
                Spreadsheet.read(fileName, content).stream().map(Candidate::of).toList();
        if (candidates.isEmpty()) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        List<ImportRow> rows =
                assess(event, candidates, locale).stream().map(Assessed::row).toList();
        return store.keep(eventId, owner(), fileName == null ? "" : fileName, candidates, rows);
    }

    /** A preview this organiser made for this event and has not imported yet; 404 otherwise (or expired). */
    @Transactional(readOnly = true)
    public ImportPreview find(long eventId, String previewId) {
        events.managed(eventId, Viewer.current());
        return kept(eventId, previewId).preview();
    }

    /** Imports the rows of a preview, each checked again now. */
    @Transactional
    public ImportResult commit(long eventId, String previewId, Locale locale) {
        Event event = events.managed(eventId, Viewer.current());
        PreviewStore.Kept kept = kept(eventId, previewId);
        ImportResult result = store(event, kept.candidates(), locale);
        store.forget(previewId);
        return result;
    }

    /** Checks and imports a file at once (the API without {@code dryRun}). */
    @Transactional
    public ImportResult importNow(long eventId, @Nullable String fileName, byte[] content, Locale locale) {
        Event event = events.managed(eventId, Viewer.current());
        List<Candidate> candidates =
                Spreadsheet.read(fileName, content).stream().map(Candidate::of).toList();
        if (candidates.isEmpty()) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        return store(event, candidates, locale);
    }

    private ImportResult store(Event event, List<Candidate> candidates, Locale locale) {
        List<Checked> accepted = new ArrayList<>();
        List<ImportRow> rejected = new ArrayList<>();
        for (Assessed assessed : assess(event, candidates, locale)) {
            if (assessed.checked() == null) {
                rejected.add(assessed.row());
            } else {
                accepted.add(assessed.checked());
            }
        }
        int imported = accepted.isEmpty() ? 0 : registrations.enrolAll(event, accepted);
        return new ImportResult(imported, rejected);
    }

    /** What the directory and the event already hold about the rows of a file, looked up together. */
    private record Known(
            Set<Long> registered, Map<String, Organisations.View> organisations, Map<String, People.View> people) {}

    private List<Assessed> assess(Event event, List<Candidate> candidates, Locale locale) {
        Set<Long> registered = new HashSet<>();
        registrationRows.findByEventIdOrderByIdAsc(event.id()).stream()
                .map(Registration::personId)
                .forEach(registered::add);
        List<String> keys = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String key = matchKey(candidate.request().organisation());
            if (key != null) {
                keys.add(key);
            }
            String email = candidate.request().email();
            if (email != null) {
                emails.add(email);
            }
        }
        Known known = new Known(registered, organisations.findByMatchKeys(keys), people.findByEmails(emails));
        Set<String> seen = new HashSet<>();
        List<Assessed> assessed = new ArrayList<>();
        for (Candidate candidate : candidates) {
            assessed.add(assess(candidate, known, seen, locale));
        }
        return assessed;
    }

    private Assessed assess(Candidate candidate, Known known, Set<String> seen, Locale locale) {
        RegistrationRequest r = matchedOrganisation(candidate.request(), known);
        String email = r.email() == null ? null : r.email().strip().toLowerCase(Locale.ROOT);
        if (email == null) {
            return rejected(candidate, r, ImportRejection.EMAIL_MISSING);
        }
        if (!seen.add(email)) {
            return rejected(candidate, r, ImportRejection.DUPLICATE_IN_FILE);
        }
        Checked checked;
        try {
            // the only organisation ids here are those just found in the directory
            checked = check.check(r, false, locale, id -> true);
        } catch (ProblemException e) {
            return rejected(candidate, r, reason(e));
        }
        Optional<People.View> person = Optional.ofNullable(known.people().get(checked.email()));
        if (person.isPresent() && known.registered().contains(person.get().id())) {
            return rejected(candidate, r, ImportRejection.ALREADY_REGISTERED);
        }
        ImportOutcome organisation = checked.organisation() == null
                ? null
                : checked.organisation().id() != null ? ImportOutcome.MATCHED : ImportOutcome.CREATED;
        return new Assessed(
                new ImportRow(
                        candidate.row(),
                        person.isPresent() ? ImportOutcome.MATCHED : ImportOutcome.CREATED,
                        null,
                        checked.email(),
                        checked.givenName(),
                        checked.familyName(),
                        organisationName(r),
                        organisation),
                checked);
    }

    /** A typed organisation the directory already holds (same name, any case, same country) becomes that one. */
    private RegistrationRequest matchedOrganisation(RegistrationRequest r, Known known) {
        String key = matchKey(r.organisation());
        if (key == null) {
            return r;
        }
        return Optional.ofNullable(known.organisations().get(key))
                .map(found -> new RegistrationRequest(
                        r.givenName(),
                        r.familyName(),
                        r.email(),
                        r.gender(),
                        new OrganisationChoice(found.id(), found.name(), found.type(), found.countryIso3()),
                        r.representedCountryIso3(),
                        r.role(),
                        r.needs(),
                        r.language(),
                        r.consent(),
                        r.listed()))
                .orElse(r);
    }

    /** The directory's match key of a typed organisation, or null when none is typed (or too long to be one). */
    private static @Nullable String matchKey(@Nullable OrganisationChoice typed) {
        if (typed == null || typed.name() == null || typed.name().length() > 300) {
            return null;
        }
        String country =
                typed.countryIso3() == null ? null : typed.countryIso3().toUpperCase(Locale.ROOT);
        return Organisations.matchKey(typed.name(), country);
    }

    private static @Nullable String organisationName(RegistrationRequest r) {
        return r.organisation() == null ? null : r.organisation().name();
    }

    private static Assessed rejected(Candidate candidate, RegistrationRequest r, ImportRejection reason) {
        return new Assessed(
                new ImportRow(
                        candidate.row(),
                        ImportOutcome.REJECTED,
                        reason,
                        r.email(),
                        r.givenName(),
                        r.familyName(),
                        organisationName(r),
                        null),
                null);
    }

    /** The first problem of a row, as the reason the organiser reads. */
    static ImportRejection reason(ProblemException e) {
        for (FieldProblem problem : e.fieldProblems()) {
            switch (problem.field()) {
                case "email":
                    return ImportRejection.EMAIL_INVALID;
                case "givenName", "familyName":
                    return problem.messageKey().endsWith("required")
                            ? ImportRejection.NAME_MISSING
                            : ImportRejection.INVALID;
                case "gender":
                    return ImportRejection.GENDER_UNKNOWN;
                case "role":
                    return ImportRejection.ROLE_UNKNOWN;
                case "representedCountryIso3", "organisation.countryIso3":
                    return problem.messageKey().endsWith("unknown")
                            ? ImportRejection.COUNTRY_UNKNOWN
                            : ImportRejection.ORGANISATION_INVALID;
                case "organisation.id", "organisation.name", "organisation.type":
                    return ImportRejection.ORGANISATION_INVALID;
                default:
                    break;
            }
        }
        return ImportRejection.INVALID;
    }

    private PreviewStore.Kept kept(long eventId, String previewId) {
        return store.find(previewId, eventId, owner()).orElseThrow(ProblemException::notFound);
    }

    private static long owner() {
        return CurrentUser.get().map(CurrentUser::accountId).orElse(-1L);
    }
}
