package org.vtprotect.network;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ApplicationMail;
import org.vtprotect.network.internal.ApplicationThrottle;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.Tokens;
import org.vtprotect.platform.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications to the network from the public: sending one, confirming the address by the mailed
 * link, and withdrawing. A second application from an address with an open one merges into it;
 * when that one is already confirmed, the change waits until the address confirms it too.
 */
@Service
public class Applications {

    /** What the holder of a link sees before confirming or withdrawing. */
    public record Pending(long id, ApplicationState state, ApplicationContent content, boolean change) {}

    private final ExpertApplicationRepository applications;
    private final ApplicationCheck check;
    private final ApplicationThrottle throttle;
    private final ApplicationMail mail;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    Applications(
            ExpertApplicationRepository applications,
            ApplicationCheck check,
            ApplicationThrottle throttle,
            ApplicationMail mail,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.applications = applications;
        this.check = check;
        this.throttle = throttle;
        this.mail = mail;
        this.transactions = transactions;
        this.json = json;
    }

    /** Checks and stores an application, and mails the link that confirms its address. */
    public ApplicationReceipt apply(ApplicationRequest request, Locale locale, String clientAddress) {
        ApplicationContent content = check.check(request, locale);
        throttle.spend(clientAddress, content.email());
        try {
            return transactions.execute(status -> store(content));
        } catch (DataIntegrityViolationException sentMeanwhile) {
            // another application from the same address was stored in between: merge into it
            return transactions.execute(status -> store(content));
        }
    }

    private ApplicationReceipt store(ApplicationContent content) {
        Instant now = Instant.now();
        String token = Tokens.random();
        ExpertApplication application = applications.findOpen(content.email()).orElse(null);
        boolean change = application != null && application.state() != ApplicationState.AWAITING_EMAIL_CONFIRMATION;
        if (application == null) {
            application = new ExpertApplication(content, now);
        } else {
            application.merge(content, json.writeValueAsString(content));
        }
        application.awaitConfirmation(Tokens.hash(token), now.plus(ExpertApplication.CONFIRMATION_LIFETIME));
        application = applications.saveAndFlush(application);
        mail.confirmation(application, token, change);
        return new ApplicationReceipt(application.id(), ApplicationState.AWAITING_EMAIL_CONFIRMATION);
    }

    /** The application (or the change) a confirmation link would confirm, while the link works. */
    @Transactional(readOnly = true)
    public Optional<Pending> toConfirm(String token) {
        return applications
                .findByConfirmationToken(Tokens.hash(token))
                .filter(a -> a.confirmableAt(Instant.now()))
                .map(a -> new Pending(a.id(), a.state(), revisionOrContent(a), a.pendingRevision() != null));
    }

    /** Confirms the address: the application counts from now, or its waiting change is applied. */
    @Transactional
    public ApplicationState confirm(String token) {
        ExpertApplication application = applications
                .findByConfirmationToken(Tokens.hash(token))
                .orElseThrow(() -> ProblemException.conflict("network.confirm.expired"));
        String withdrawal = Tokens.random();
        ApplicationContent revision = application.pendingRevision() == null ? null : revision(application);
        application.confirm(revision, Tokens.hash(withdrawal), Instant.now());
        mail.received(application, withdrawal);
        return application.state();
    }

    /** The open application a withdrawal link would withdraw. */
    @Transactional(readOnly = true)
    public Optional<Pending> toWithdraw(String token) {
        return applications
                .findByWithdrawalToken(Tokens.hash(token))
                .filter(a -> a.state().open())
                .map(a -> new Pending(a.id(), a.state(), a.content(), false));
    }

    @Transactional
    public void withdraw(String token) {
        ExpertApplication application = applications
                .findByWithdrawalToken(Tokens.hash(token))
                .orElseThrow(() -> ProblemException.conflict("network.withdraw.closed"));
        application.withdraw(Instant.now());
        mail.withdrawn(application);
    }

    private ApplicationContent revisionOrContent(ExpertApplication application) {
        return application.pendingRevision() == null ? application.content() : revision(application);
    }

    private ApplicationContent revision(ExpertApplication application) {
        return json.readValue(application.pendingRevision(), ApplicationContent.class);
    }
}
