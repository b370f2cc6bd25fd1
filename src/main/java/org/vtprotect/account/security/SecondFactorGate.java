package org.vtprotect.account.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;

/**
 * After the password: straight in, or on to the code page when the account has a second factor.
 * After a failure: back to the form, saying whether the password was wrong or the account locked.
 */
@Component
public class SecondFactorGate implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Session attribute keeping the address typed into the sign-in form after a failure. */
    public static final String TYPED_EMAIL = "vtp.signIn.email";

    private final AuditTrail audit;
    private final SessionFreshness freshness;
    private final SavedRequestAwareAuthenticationSuccessHandler savedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorGate(AuditTrail audit, SessionFreshness freshness) {
        this.audit = audit;
        this.freshness = freshness;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        request.getSession().removeAttribute(TYPED_EMAIL);
        if (auth.getPrincipal() instanceof AccountPrincipal account) {
            freshness.stamp(request, account.accountId());
        } else if (auth instanceof PendingSecondFactor pending) {
            freshness.stamp(request, pending.account().accountId());
        }
        if (auth instanceof PendingSecondFactor) {
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
            return;
        }
        complete(request, response, auth);
    }

    /** The account is fully signed in: audit it and go where the visitor was heading. */
    public void complete(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        if (auth.getPrincipal() instanceof AccountPrincipal account) {
            audit.recordAs(account.email(), AuditAction.SIGN_IN, account.email(), null);
        }
        savedRequest.onAuthenticationSuccess(request, response, auth);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 320) {
            request.getSession().setAttribute(TYPED_EMAIL, email);
        }
        String reason = exception instanceof TooManyAttempts ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
