package org.vtprotect.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AccountInvitationRequested;
import org.vtprotect.directory.Organisations;
import org.vtprotect.network.internal.ApplicationMail;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.platform.Role;

/**
 * What programme officers do with applications: page through the queue, open one, start its
 * review, write notes, flag a conflict of interest, and decide. Admission publishes
 * {@link AccountInvitationRequested} with the {@code EXPERT} role; each decision is mailed to the applicant in their language.
 */
@Service
public class ExpertVetting {

    public static final int MAX_NOTE = 4000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_SIZE = 200;

    private final ExpertApplicationRepository applications;
    private final ApplicationMail mail;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final ExpertMemberRepository members;

    ExpertVetting(
            ExpertApplicationRepository applications,
            ApplicationMail mail,
            Organisations organisations,
            ApplicationEventPublisher events,
            ExpertMemberRepository members) {
        this.applications = applications;
        this.members = members;
        this.mail = mail;
        this.organisations = organisations;
        this.events = events;
    }

    /** Applications in the given states matching the text, oldest confirmation first. */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> queue(
            Collection<ApplicationState> states, String text, boolean conflictOnly, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "network.queue.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "network.queue.size.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String like = "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return applications
                .queue(states, like, conflictOnly, PageRequest.of(page, size))
                .map(ExpertVetting::summary);
    }

    /** How many applications are in each state, every state named. */
    @Transactional(readOnly = true)
    public Map<ApplicationState, Long> counts() {
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        for (ApplicationState state : ApplicationState.values()) {
            counts.put(state, 0L);
        }
        applications.countByState().forEach(row -> counts.put((ApplicationState) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional(readOnly = true)
    public ApplicationDetail get(long id) {
        return detail(application(id));
    }

    @Transactional
    public ApplicationDetail startReview(long id) {
        ExpertApplication application = application(id);
        application.startReview(Instant.now());
        return detail(application);
    }

    @Transactional
    public ApplicationDetail addNote(long id, @Nullable String text) {
        String note =
                text == null ? "" : text.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        if (note.isEmpty()) {
            throw ProblemException.invalid("note", "network.note.required");
        }
        if (note.length() > MAX_NOTE) {
            throw ProblemException.invalid("note", "network.note.tooLong");
        }
        ExpertApplication application = application(id);
        application.addNote(actor(), note, Instant.now());
        return detail(application);
    }

    @Transactional
    public ApplicationDetail flagConflict(long id, boolean conflict, @Nullable String note) {
        String text =
                note == null ? null : note.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        if (text != null && text.length() > MAX_REASON) {
            throw ProblemException.invalid("conflictNote", "network.note.tooLong");
        }
        ExpertApplication application = application(id);
        application.flagConflict(conflict, text == null || text.isEmpty() ? null : text);
        return detail(application);
    }

    /** Admits or declines, once; admission publishes {@link AccountInvitationRequested} with the {@code EXPERT} role. */
    @Transactional
    public ApplicationDetail decide(long id, @Nullable String decision, @Nullable String reason) {
        ApplicationState outcome = outcome(decision);
        String why = reason == null
                ? null
                : reason.replaceAll("[\\p{Cc}&&[^\\n]]", "").strip();
        if (why != null && why.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "network.decision.reason.tooLong");
        }
        ExpertApplication application = application(id);
        application.decide(outcome, why == null || why.isEmpty() ? null : why, actor(), Instant.now());
        applications.saveAndFlush(application);
        if (outcome == ApplicationState.ADMITTED) {
            ApplicationContent content = application.content();
            Long organisationId = organisationId(content);
            admit(application.id(), content, organisationId);
            events.publishEvent(new AccountInvitationRequested(
                    Role.EXPERT,
                    content.email(),
                    content.displayName(),
                    content.language(),
                    organisationId,
                    "admitted to the network (application " + application.id() + ")"));
        }
        mail.decision(application);
        return detail(application);
    }

    /** Makes the applicant a member, or a member again if they had left. */
    private void admit(long applicationId, ApplicationContent content, @Nullable Long organisationId) {
        Instant now = Instant.now();
        members.findByEmail(content.email())
                .ifPresentOrElse(
                        member -> member.rejoin(now),
                        () -> members.saveAndFlush(new ExpertMember(applicationId, content, organisationId, now)));
    }

    private static ApplicationState outcome(@Nullable String decision) {
        if (ApplicationState.ADMITTED.name().equals(decision)) {
            return ApplicationState.ADMITTED;
        }
        if (ApplicationState.DECLINED.name().equals(decision)) {
            return ApplicationState.DECLINED;
        }
        throw ProblemException.invalid("decision", "network.decision.unknown");
    }

    /** The directory organisation of that name, in the applicant's country or of no country. */
    private @Nullable Long organisationId(ApplicationContent content) {
        String name = content.organisationName();
        if (name == null) {
            return null;
        }
        return organisations.search(name, null, null, 0, 50).stream()
                .filter(o -> o.name().equalsIgnoreCase(name))
                .filter(o -> o.countryIso3() == null || o.countryIso3().equals(content.countryIso3()))
                .map(Organisations.View::id)
                .findFirst()
                .orElse(null);
    }

    private ExpertApplication application(long id) {
        return applications.findById(id).orElseThrow(ProblemException::notFound);
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::email).orElse("system");
    }

    private static ApplicationSummary summary(ExpertApplication a) {
        return new ApplicationSummary(
                a.id(),
                a.displayName(),
                a.email(),
                a.organisationName(),
                a.countryIso3(),
                a.state(),
                a.conflictOfInterest(),
                a.sampleData(),
                a.confirmedAt(),
                a.createdAt());
    }

    static ApplicationDetail detail(ExpertApplication a) {
        return new ApplicationDetail(
                a.id(),
                a.state(),
                a.content(),
                a.notes().stream()
                        .map(n -> new ApplicationDetail.Note(n.author(), n.text(), n.writtenAt()))
                        .toList(),
                a.pendingRevision() != null,
                a.conflictOfInterest(),
                a.conflictNote(),
                a.decisionReason(),
                a.decidedBy(),
                a.decidedAt(),
                a.confirmedAt(),
                a.reviewStartedAt(),
                a.withdrawnAt(),
                a.sampleData(),
                a.createdAt());
    }
}
