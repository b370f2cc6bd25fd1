package org.vtprotect.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.event.AttendanceImports;
import org.vtprotect.event.EventRequest;
import org.vtprotect.event.Events;
import org.vtprotect.event.RegistrationDecisions;
import org.vtprotect.event.RegistrationRequest;
import org.vtprotect.event.RegistrationView;
import org.vtprotect.event.Registrations;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;

/**
 * The period figures counted from the participation keys are the figures counted from the
 * registrations alone, whatever happened to the registrations and events since: a seeded random
 * history of registrations, attendance marked and unmarked day by day, by the API's service and
 * from a file, declined registrations, events moved to other dates, cancelled or held, checked
 * after every step for periods that cut through it in every way. Every event lies in 2093, a year
 * no other test uses.
 */
@IntegrationTest
class ParticipationIntegrationTests {

    private static final Set<String> MEMBERS = Set.of("TJK", "FRA", "AUT", "TUN");
    private static final Set<String> OBSERVERS = Set.of("VAT", "PSE");
    private static final String[] COUNTRIES = {"TJK", "FRA", "AUT", "TUN", "VAT", "PSE", null};
    private static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", "UNDISCLOSED", null};
    private static final String[] ROLES = {"PARTICIPANT", "SPEAKER", "MODERATOR", "OBSERVER"};

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    RegistrationDecisions decisions;

    @Autowired
    AttendanceImports attendanceFiles;

    @Autowired
    StatisticsQuery query;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void programmeOfficer() {
        var principal =
                new AccountPrincipal(999_000L, "someone@example.org", "Test", null, Set.of(Role.PROGRAMME_OFFICER));
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Made(long event, RegistrationView registration, String email) {}

    @Test
    void keysCountWhatTheRegistrationsCountAfterEveryKindOfChange() {
        Random random = new Random(20_931);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> held = new ArrayList<>();
        List<LocalDate> starts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate start = LocalDate.of(2093, 1, 1).plusDays(random.nextInt(360));
            long id = events.create(event("Keys " + run + " " + i, start, start.plusDays(random.nextInt(3))))
                    .id();
            if (i < 7) {
                events.moveTo(id, "PUBLISHED"); // the eighth stays a draft
            }
            held.add(id);
            starts.add(start);
        }
        List<String> people = new ArrayList<>();
        for (int p = 0; p < 14; p++) {
            people.add("keys." + run + "." + p + "@example.org");
        }
        String[] organisations = {"Ministry " + run, "MINISTRY " + run, "Mission " + run, "Society " + run, null};
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            for (String email : people) {
                if (random.nextDouble() < 0.55) {
                    String organisation = organisations[random.nextInt(organisations.length)];
                    RegistrationView r = registrations.register(
                            held.get(i),
                            new RegistrationRequest(
                                    "Given",
                                    "Family",
                                    email,
                                    GENDERS[random.nextInt(GENDERS.length)],
                                    organisation == null
                                            ? null
                                            : new RegistrationRequest.OrganisationChoice(
                                                    null, organisation, "MEMBER_STATE_GOVERNMENT", "TJK"),
                                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                                    ROLES[random.nextInt(ROLES.length)],
                                    null,
                                    "en",
                                    true,
                                    false),
                            Locale.ENGLISH);
                    made.add(new Made(held.get(i), r, email));
                }
            }
        }
        sameFigures(starts);
        int changes = 0;
        for (int step = 0; step < 70; step++) {
            Made m = made.get(random.nextInt(made.size()));
            int i = held.indexOf(m.event());
            LocalDate day = events.find(m.event()).startDate();
            try {
                switch (random.nextInt(10)) {
                    case 0, 1, 2, 3 ->
                        decisions.attended(m.event(), m.registration().id(), day, true);
                    case 4 -> decisions.attended(m.event(), m.registration().id(), day, false);
                    case 5 ->
                        registrations.recordAttendance(
                                m.event(),
                                m.registration().id(),
                                random.nextBoolean() ? List.of() : List.of(day.toString()));
                    case 6 -> decisions.decline(m.event(), m.registration().id());
                    case 7 ->
                        attendanceFiles.record(
                                m.event(),
                                "attendance.csv",
                                ("email,day\n" + m.email() + "," + day + "\n").getBytes(StandardCharsets.UTF_8));
                    case 8 -> {
                        LocalDate moved = LocalDate.of(2093, 1, 1).plusDays(random.nextInt(360));
                        events.change(m.event(), event("Keys " + run + " moved " + step, moved, moved));
                        starts.set(i, moved);
                    }
                    default -> events.moveTo(m.event(), random.nextBoolean() ? "HELD" : "CANCELLED");
                }
                changes++;
            } catch (ProblemException refused) {
                // a change the rules do not allow (declined twice, a cancelled event held): nothing moved
            }
            sameFigures(starts);
        }
        // most changes went through, and the history left something to count
        assertThat(changes).isGreaterThan(40);
        StatisticsQuery.Counts year = count(LocalDate.of(2093, 1, 1), LocalDate.of(2093, 12, 31), true);
        assertThat(year.participants()).isGreaterThan(5);
        assertThat(year.entities()).isGreaterThan(1);
    }

    /**
     * Two check-in desks marking people of one organisation at the same moment: the keys of the
     * organisation span both registrations, so without {@link Participation#lock} each desk would
     * hold its own registration and wait for the other's.
     */
    @Test
    void twoDesksCheckingInOneOrganisationAtOnceNeitherFails() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = LocalDate.of(2093, 5, 4);
        long event = events.create(event("Desks " + run, day, day)).id();
        events.moveTo(event, "PUBLISHED");
        List<Long> registered = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            registered.add(registrations
                    .register(
                            event,
                            new RegistrationRequest(
                                    "Given",
                                    "Family",
                                    "desk." + run + "." + p + "@example.org",
                                    "FEMALE",
                                    new RegistrationRequest.OrganisationChoice(
                                            null, "Ministry " + run, "MEMBER_STATE_GOVERNMENT", "TJK"),
                                    "TJK",
                                    "PARTICIPANT",
                                    null,
                                    "en",
                                    true,
                                    false),
                            Locale.ENGLISH)
                    .id());
        }
        var officer = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            for (int p = 0; p < registered.size(); p += 2) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> marks = new ArrayList<>();
                for (long registration : registered.subList(p, p + 2)) {
                    marks.add(desks.submit(() -> {
                        SecurityContextHolder.getContext().setAuthentication(officer);
                        start.await();
                        return decisions.attended(event, registration, day, true);
                    }));
                }
                start.countDown();
                for (Future<?> mark : marks) {
                    mark.get(30, TimeUnit.SECONDS); // throws if the mark failed
                }
            }
        } finally {
            desks.shutdownNow();
        }
        StatisticsQuery.Counts counted = count(day, day, true);
        assertThat(counted).isEqualTo(count(day, day, false));
        assertThat(counted.attended()).isGreaterThanOrEqualTo(12);
    }

    /** The same figures both ways for the whole year, for periods cut at each event's start, and open-ended. */
    private void sameFigures(List<LocalDate> starts) {
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {LocalDate.of(2093, 1, 1), LocalDate.of(2093, 12, 31)});
        for (LocalDate start : starts) {
            periods.add(new LocalDate[] {start, LocalDate.of(2093, 12, 31)});
            periods.add(new LocalDate[] {LocalDate.of(2093, 1, 1), start});
            periods.add(new LocalDate[] {start, start});
            periods.add(new LocalDate[] {start.plusDays(1), start.plusDays(120)});
        }
        for (LocalDate[] period : periods) {
            assertThat(count(period[0], period[1], true))
                    .as("%s to %s", period[0], period[1])
                    .isEqualTo(count(period[0], period[1], false));
        }
        // a period open at one end takes in other tests' events too: still the same both ways
        assertThat(count(LocalDate.of(2093, 1, 1), null, true)).isEqualTo(count(LocalDate.of(2093, 1, 1), null, false));
        assertThat(count(null, LocalDate.of(2093, 12, 31), true))
                .isEqualTo(count(null, LocalDate.of(2093, 12, 31), false));
    }

    private StatisticsQuery.Counts count(LocalDate from, LocalDate to, boolean keys) {
        var selection = new StatisticsQuery.Selection(null, from, to, null, null, null);
        return transactions.execute(status -> keys
                ? query.countByKeys(selection, MEMBERS, OBSERVERS)
                : query.countFromRegistrations(selection, MEMBERS, OBSERVERS));
    }

    private static EventRequest event(String title, LocalDate start, LocalDate end) {
        return new EventRequest(
                title,
                "EXPERT_GROUP_MEETING",
                start.toString(),
                end.toString(),
                "Europe/Vienna",
                "IN_PERSON",
                new EventRequest.Venue("Vienna", "AUT"),
                null,
                "Participation keys",
                List.of(),
                List.of(),
                List.of(),
                "PUBLIC",
                null,
                null,
                null,
                List.of("en"),
                false);
    }
}
