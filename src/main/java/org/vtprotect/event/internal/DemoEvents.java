package org.vtprotect.event.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Gender;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.People;
import org.vtprotect.event.EventFormat;
import org.vtprotect.event.EventState;
import org.vtprotect.event.ParticipantRole;
import org.vtprotect.event.RegistrationStatus;
import org.vtprotect.event.Visibility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code vtp.demo=true}, records the three 2021 expert group meetings of the programme's facts
 * ({@code demo/programme-2021.json}) with their real titles and dates, held, and generated
 * attendance: people named "Sample participant n" at example.org, every registration flagged as
 * sample data. Runs after the directory and account demos; a meeting already recorded is left alone.
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    private static final String SOURCE = "demo/programme-2021.json";
    private static final int PEOPLE_PER_MEETING = 24;

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Organisations organisations;
    private final People people;
    private final Participation participation;

    DemoEvents(
            EventRepository events,
            RegistrationRepository registrations,
            Organisations organisations,
            People people,
            Participation participation) {
        this.participation = participation;
        this.events = events;
        this.registrations = registrations;
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Organisations.View> known = organisations.all();
        Random random = new Random(2021);
        int added = 0;
        int meeting = 0;
        for (JsonNode m : read().path("expertGroupMeetings")) {
            meeting++;
            String title = m.path("title").asString();
            LocalDate start = LocalDate.parse(m.path("start").asString());
            LocalDate end = LocalDate.parse(m.path("end").asString());
            if (events.existsByTitleAndStartDate(title, start)) {
                continue;
            }
            Event event = new Event(new EventDescription(
                    title,
                    "EXPERT_GROUP_MEETING",
                    start,
                    end,
                    ZoneId.of("Europe/Vienna"),
                    EventFormat.VIRTUAL,
                    null,
                    null,
                    null,
                    null,
                    Visibility.PUBLIC,
                    null,
                    null,
                    null,
                    Set.of(),
                    Set.of(),
                    Set.of("en", "fr", "es", "ru", "zh", "ar"),
                    Set.of(),
                    false));
            event.moveTo(EventState.PUBLISHED);
            event.moveTo(EventState.HELD);
            event = events.saveAndFlush(event);
            sampleAttendance(event, meeting, known, random);
            participation.eventChanged(event.id());
            added++;
        }
        if (added > 0) {
            log.info("Loaded {} demo meetings from {} with sample attendance", added, SOURCE);
        }
    }

    /** Generated people, some of them at several meetings, each attending the meeting's first day. */
    private void sampleAttendance(Event event, int meeting, List<Organisations.View> known, Random random) {
        Gender[] genders = Gender.values();
        for (int i = 0; i < PEOPLE_PER_MEETING; i++) {
            int number = (meeting - 1) * (PEOPLE_PER_MEETING / 2) + i + 1;
            Organisations.View organisation = known.isEmpty() ? null : known.get(random.nextInt(known.size()));
            String country = organisation == null ? null : organisation.countryIso3();
            People.View person = people.findOrCreate(new People.Details(
                    "sample.participant." + number + "@example.org",
                    "Sample participant",
                    String.valueOf(number),
                    genders[random.nextInt(genders.length)],
                    organisation == null ? null : organisation.id(),
                    country));
            if (registrations.existsByEventIdAndPersonId(event.id(), person.id())) {
                continue;
            }
            Registration registration = new Registration(
                    event.id(),
                    person.id(),
                    organisation == null ? null : organisation.id(),
                    country,
                    person.gender(),
                    i == 0 ? ParticipantRole.MODERATOR : ParticipantRole.PARTICIPANT,
                    RegistrationStatus.CONFIRMED,
                    null,
                    "en");
            registration.markSample();
            List<LocalDate> days = new ArrayList<>();
            days.add(event.startDate());
            registration.attended(days);
            registrations.save(registration);
        }
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(SOURCE + " cannot be read", e);
        }
    }
}
