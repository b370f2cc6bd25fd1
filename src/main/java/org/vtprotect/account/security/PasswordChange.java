package org.vtprotect.account.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.internal.Account;
import org.vtprotect.account.internal.AccountRepository;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * A signed-in person changes their own password. A wrong current password counts as a failed
 * sign-in, so that a borrowed session cannot be used to guess it.
 */
@Service
public class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PasswordChange(AccountRepository accounts, PasswordEncoder encoder, SignInThrottle throttle, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Changes the password, or says which fields are wrong (field names {@code currentPassword},
     * {@code newPassword}, {@code confirmation}); nothing is changed then.
     */
    @Transactional
    public List<FieldProblem> change(
            long accountId, String current, String newPassword, String confirmation, String clientAddress) {
        Account account = accounts.findById(accountId).orElseThrow(ProblemException::notFound);
        List<FieldProblem> problems = new ArrayList<>();
        if (current.isEmpty()) {
            problems.add(new FieldProblem("currentPassword", "password.current.required"));
        } else if (!throttle.check(account.email(), clientAddress).allowed()) {
            audit.recordAs(account.email(), AuditAction.SIGN_IN_LOCKED, account.email(), "password change");
            problems.add(new FieldProblem("currentPassword", "password.current.locked"));
        } else if (!encoder.matches(current, account.passwordHash())) {
            throttle.failed(account.email());
            audit.recordAs(account.email(), AuditAction.SIGN_IN_FAILED, account.email(), "password change");
            problems.add(new FieldProblem("currentPassword", "password.current.wrong"));
        }
        if (newPassword.length() < PasswordResets.MINIMUM_LENGTH) {
            problems.add(new FieldProblem("newPassword", "password.tooShort"));
        } else if (PasswordResets.tooLong(newPassword)) {
            problems.add(new FieldProblem("newPassword", "password.tooLong"));
        } else if (newPassword.equals(current)) {
            problems.add(new FieldProblem("newPassword", "password.sameAsCurrent"));
        }
        if (!confirmation.equals(newPassword)) {
            problems.add(new FieldProblem("confirmation", "password.mismatch"));
        }
        if (!problems.isEmpty()) {
            return List.copyOf(problems);
        }
        account.changePassword(encoder.encode(newPassword));
        throttle.succeeded(account.email());
        audit.recordAs(account.email(), AuditAction.PASSWORD_CHANGED, account.email(), null);
        return List.of();
    }
}
