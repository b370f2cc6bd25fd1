package org.vtprotect.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.People;
import org.vtprotect.event.internal.Certificate;
import org.vtprotect.event.internal.CertificatePdf;
import org.vtprotect.event.internal.CertificatePdf.Line;
import org.vtprotect.event.internal.CertificateRepository;
import org.vtprotect.event.internal.Event;
import org.vtprotect.event.internal.EventRepository;
import org.vtprotect.event.internal.PersonalLink;
import org.vtprotect.event.internal.Registration;
import org.vtprotect.event.internal.RegistrationRepository;
import org.vtprotect.event.internal.Viewer;
import org.vtprotect.platform.Mail;
import org.vtprotect.platform.OutboundMail;
import org.vtprotect.platform.ProblemException;

/**
 * Certificates of attendance, as PDF in the participant's language, for registrations that attended
 * at least one day (anyone else's answers 404): the organisers download one or all of them (ZIP)
 * and mail each participant a personal link to theirs.
 */
@Service
public class Certificates {

    /** Someone who attended, as the certificates page lists them. */
    public record Attendee(
            long registrationId,
            String name,
            int days,
            @Nullable String code,
            @Nullable Instant mailedAt) {}

    private final Events events;
    private final EventRepository eventRows;
    private final RegistrationRepository registrations;
    private final CertificateRepository certificates;
    private final People people;
    private final MessageSource messages;
    private final OutboundMail mail;
    private final String baseUrl;

    Certificates(
            Events events,
            EventRepository eventRows,
            RegistrationRepository registrations,
            CertificateRepository certificates,
            People people,
            MessageSource messages,
            OutboundMail mail,
            @Value("${vtp.base-url}") String baseUrl) {
        this.events = events;
        this.eventRows = eventRows;
        this.registrations = registrations;
        this.certificates = certificates;
        this.people = people;
        this.messages = messages;
        this.mail = mail;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Transactional(readOnly = true)
    public List<Attendee> attendees(long eventId) {
        events.managed(eventId, Viewer.current());
        List<Registration> attended = attended(eventId);
        Map<Long, Certificate> issued =
                certificates
                        .findByRegistrationIdIn(
                                attended.stream().map(Registration::id).toList())
                        .stream()
                        .collect(Collectors.toMap(Certificate::registrationId, Function.identity()));
        return attended.stream()
                .map(r -> {
                    Certificate c = issued.get(r.id());
                    return new Attendee(
                            r.id(),
                            name(r),
                            r.days().size(),
                            c == null ? null : c.code(),
                            c == null ? null : c.mailedAt());
                })
                .sorted(java.util.Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One participant's certificate, for the organisers; issued (its code drawn) the first time. */
    @Transactional
    public byte[] pdf(long eventId, long registrationId) {
        Event event = events.managed(eventId, Viewer.current());
        Registration registration = registrations
                .findByIdAndEventId(registrationId, eventId)
                .filter(r -> !r.days().isEmpty())
                .orElseThrow(ProblemException::notFound);
        return render(event, registration, issue(registration));
    }

    /** Every attendee's certificate in one ZIP file. */
    @Transactional
    public byte[] zip(long eventId) {
        Event event = events.managed(eventId, Viewer.current());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Registration registration : attended(eventId)) {
                zip.putNextEntry(new ZipEntry(fileName(registration)));
                zip.write(render(event, registration, issue(registration)));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Mails each attendee, in their language, a personal link to their certificate; the number mailed. */
    @Transactional
    public int mail(long eventId) {
        Event event = events.managed(eventId, Viewer.current());
        int sent = 0;
        for (Registration registration : attended(eventId)) {
            People.View person = people.find(registration.personId()).orElse(null);
            if (person == null) {
                continue;
            }
            Certificate certificate = issue(registration);
            String token = PersonalLink.newToken();
            certificate.mailed(token);
            Locale locale = Locale.forLanguageTag(registration.language());
            String link = baseUrl + "/events/" + eventId + "/certificate/" + token;
            try {
                mail.send(new Mail(
                        person.email(),
                        messages.getMessage("event.certificate.mail.subject", new Object[] {event.title()}, locale),
                        messages.getMessage(
                                "event.certificate.mail.body",
                                new Object[] {person.givenName(), event.title(), link},
                                locale)));
            } catch (IllegalStateException notSent) {
                throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "event.invitation.mailFailed");
            }
            sent++;
        }
        return sent;
    }

    /** The certificate a participant's personal link opens; an unknown link is a 404. */
    @Transactional(readOnly = true)
    public byte[] byLink(long eventId, String token) {
        if (!PersonalLink.wellFormed(token)) {
            throw ProblemException.notFound();
        }
        Certificate certificate =
                certificates.findByTokenHash(PersonalLink.hash(token)).orElseThrow(ProblemException::notFound);
        Registration registration = registrations
                .findByIdAndEventId(certificate.registrationId(), eventId)
                .orElseThrow(ProblemException::notFound);
        Event event = eventRows.findById(eventId).orElseThrow(ProblemException::notFound);
        return render(event, registration, certificate);
    }

    private List<Registration> attended(long eventId) {
        return registrations.findByEventIdOrderByIdAsc(eventId).stream()
                .filter(r -> !r.days().isEmpty())
                .toList();
    }

    private Certificate issue(Registration registration) {
        return certificates
                .findById(registration.id())
                .orElseGet(() -> certificates.saveAndFlush(new Certificate(registration.id())));
    }

    private byte[] render(Event event, Registration registration, Certificate certificate) {
        Locale locale = Locale.forLanguageTag(registration.language());
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String days = registration.days().stream()
                .sorted()
                .map(dates::format)
                .collect(Collectors.joining(messages.getMessage("event.page.separator", null, locale)));
        return CertificatePdf.of(List.of(
                new Line(text("event.certificate.title", locale), 28),
                new Line(text("event.certificate.certify", locale), 14),
                new Line(name(registration), 24),
                new Line(text("event.certificate.attended", locale), 14),
                new Line(event.title(), 18),
                new Line(
                        text(
                                "event.certificate.dates",
                                locale,
                                dates.format(event.startDate()),
                                dates.format(event.endDate())),
                        12),
                new Line(
                        text(
                                "event.certificate.days",
                                locale,
                                registration.days().size(),
                                days),
                        12),
                new Line(text("event.certificate.code", locale, certificate.code()), 10)));
    }

    private String name(Registration registration) {
        return people.find(registration.personId())
                .map(p -> p.givenName() + " " + p.familyName())
                .orElse("");
    }

    private String fileName(Registration registration) {
        String name = name(registration).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return "certificate-" + registration.id() + (name.isEmpty() ? "" : "-" + name) + ".pdf";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, key, locale);
    }
}
