package org.vtprotect.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.Participation;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Spreadsheet;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.ProblemException;

/**
 * Attendance recorded in bulk from a file of rows {@code email, day} (an ISO date of the event):
 * each row adds that day to the person's registration; rows that name nobody registered, or a day
 * outside the event, are reported and change nothing.
 */
@Service
public class AttendanceImports {

    /** Why a row of attendance is rejected; each has its sentence ({@code event.attendance.reason.<name>}). */
    public enum Rejection {
        EMAIL_MISSING,
        NOT_REGISTERED,
        DAY_INVALID,
        DAY_OUTSIDE
    }

    public record RejectedRow(
            int row, @Nullable String email, @Nullable String day, Rejection reason) {}

    public record Result(int recorded, List<RejectedRow> rejected) {}

    private final Events events;
    private final RegistrationRepository registrations;
    private final People people;
    private final Participation participation;

    AttendanceImports(Events events, RegistrationRepository registrations, People people, Participation participation) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
        this.participation = participation;
    }

    @Transactional
    public Result record(long eventId, @Nullable String fileName, byte[] content) {
        participation.lock();
        Event event = events.managed(eventId, Viewer.current());
        List<Spreadsheet.Line> lines = Spreadsheet.read(fileName, content);
        if (lines.isEmpty()) {
            throw ProblemException.invalid("file", "event.file.empty");
        }
        int recorded = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        Set<Registration> changed = new HashSet<>();
        for (Spreadsheet.Line line : lines) {
            String email = line.get("email");
            String text = line.get("day") == null ? line.get("date") : line.get("day");
            if (email == null) {
                rejected.add(new RejectedRow(line.number(), null, text, Rejection.EMAIL_MISSING));
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text == null ? "" : text);
            } catch (DateTimeParseException e) {
                rejected.add(new RejectedRow(line.number(), email, text, Rejection.DAY_INVALID));
                continue;
            }
            if (!event.includes(day)) {
                rejected.add(new RejectedRow(line.number(), email, text, Rejection.DAY_OUTSIDE));
                continue;
            }
            Optional<Registration> registration =
                    people.findByEmail(email).flatMap(p -> registrations.findByEventIdAndPersonId(eventId, p.id()));
            if (registration.isEmpty()) {
                rejected.add(new RejectedRow(line.number(), email, text, Rejection.NOT_REGISTERED));
                continue;
            }
            Set<LocalDate> days = new HashSet<>(registration.get().days());
            days.add(day);
            registration.get().attended(days);
            changed.add(registration.get());
            recorded++;
        }
        registrations.saveAll(changed);
        participation.changed(changed.stream().map(Registration::id).toList());
        return new Result(recorded, rejected);
    }
}
