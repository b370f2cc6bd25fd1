package org.vtprotect.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vtprotect.account.internal.AuditEvent;
import org.vtprotect.account.internal.AuditEventRepository;
import org.vtprotect.platform.CurrentUser;

/**
 * Writes who did what to the audit trail. The actor and address come from the current request;
 * callers name the action and its target and never pass a secret.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    /** Records an action of the signed-in account (or "anonymous"). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, @Nullable String target, @Nullable String detail) {
        String actor = CurrentUser.get().map(CurrentUser::email).orElse("anonymous");
        recordAs(actor, action, target, detail);
    }

    /** Records an action of a named actor, such as the e-mail address a failed sign-in gave. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, String action, @Nullable String target, @Nullable String detail) {
        events.save(new AuditEvent(clip(actor, 320), action, clip(target, 500), clientAddress(), clip(detail, 1000)));
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
