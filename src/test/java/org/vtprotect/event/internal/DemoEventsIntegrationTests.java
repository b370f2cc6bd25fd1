package org.vtprotect.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.EventState;
import org.vtprotect.event.EventStatistics;
import org.vtprotect.support.IntegrationTest;

@IntegrationTest
class DemoEventsIntegrationTests {

    @Autowired
    EventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    Organisations organisations;

    @Autowired
    People people;

    @Autowired
    EventStatistics statistics;

    @Autowired
    Participation participation;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void loadsThe2021MeetingsHeldWithSampleAttendanceOnceOnly() {
        var demo = new DemoEvents(events, registrations, organisations, people, participation);
        // the bean runs in a transaction of its own; made by hand here, it is given one
        transactions.executeWithoutResult(status -> demo.run(null));
        long loaded = events.count();
        transactions.executeWithoutResult(status -> demo.run(null));
        assertThat(events.count()).isEqualTo(loaded);

        List<Event> meetings = events.findAll().stream()
                .filter(e -> e.startDate().getYear() == 2021 && e.type().equals("EXPERT_GROUP_MEETING"))
                .filter(e -> e.title().startsWith("Protection of"))
                .toList();
        assertThat(meetings)
                .extracting(Event::title, Event::startDate, Event::endDate, Event::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Protection of Religious Sites",
                                LocalDate.parse("2021-01-19"),
                                LocalDate.parse("2021-01-19"),
                                EventState.HELD),
                        org.assertj.core.groups.Tuple.tuple(
                                "Protection of Urban Centres and Touristic Venues",
                                LocalDate.parse("2021-06-15"),
                                LocalDate.parse("2021-06-16"),
                                EventState.HELD),
                        org.assertj.core.groups.Tuple.tuple(
                                "Protection of Vulnerable Targets and Unmanned Aircraft Systems",
                                LocalDate.parse("2021-10-06"),
                                LocalDate.parse("2021-10-07"),
                                EventState.HELD));
        for (Event meeting : meetings) {
            var rows = registrations.findByEventIdOrderByIdAsc(meeting.id());
            assertThat(rows).hasSize(24).allMatch(Registration::sampleData);
            assertThat(statistics.ofEvent(meeting.id()).participants()).isEqualTo(24);
        }
    }
}
