package org.vtprotect.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.SecondFactor;
import org.vtprotect.account.security.SecondFactor.Status;
import org.vtprotect.account.security.SecondFactorPolicy;
import org.vtprotect.account.security.SignInThrottle;

/**
 * Setting up an authenticator app (scan, then confirm with a first code) and removing it again
 * with a current code. Only for the roles that use a second factor (see the access rules).
 */
@Controller
class SecondFactorPages {

    private static final String PAGE = "redirect:/me/second-factor";

    private final SecondFactor secondFactor;
    private final SecondFactorPolicy policy;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    SecondFactorPages(SecondFactor secondFactor, SecondFactorPolicy policy, SignInThrottle throttle, AuditTrail audit) {
        this.secondFactor = secondFactor;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping("/me/second-factor")
    String page(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        return page(principal, FormErrors.none(), model);
    }

    @PostMapping("/me/second-factor/start")
    String start(@AuthenticationPrincipal AccountPrincipal principal) {
        if (secondFactor.status(principal.accountId()) != Status.ENROLLED) {
            secondFactor.startEnrolment(principal.accountId());
        }
        return PAGE;
    }

    @PostMapping("/me/second-factor/confirm")
    String confirm(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (secondFactor.status(principal.accountId()) != Status.PENDING) {
            return PAGE;
        }
        if (!secondFactor.confirm(principal.accountId(), clip(code))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(principal, FormErrors.none().add("code", "secondFactor.enrol.wrongCode"), model);
        }
        redirect.addFlashAttribute("enrolled", true);
        return PAGE;
    }

    @PostMapping("/me/second-factor/remove")
    String remove(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        if (secondFactor.status(principal.accountId()) != Status.ENROLLED) {
            return PAGE;
        }
        if (!throttle.check(principal.email(), request.getRemoteAddr()).allowed()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return page(principal, FormErrors.none().add("code", "secondFactor.remove.locked"), model);
        }
        if (!secondFactor.verify(principal.accountId(), clip(code))) {
            throttle.failed(principal.email());
            audit.recordAs(principal.email(), AuditAction.SECOND_FACTOR_FAILED, principal.email(), "removal");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(principal, FormErrors.none().add("code", "secondFactor.remove.wrongCode"), model);
        }
        secondFactor.remove(principal.accountId());
        redirect.addFlashAttribute("removed", true);
        return PAGE;
    }

    private String page(AccountPrincipal principal, FormErrors errors, Model model) {
        Status status = secondFactor.status(principal.accountId());
        EnrolmentView enrolment = status == Status.PENDING
                ? secondFactor
                        .pendingEnrolment(principal.accountId())
                        .map(e -> new EnrolmentView(e.qrCodeDataUri(), grouped(e.secret())))
                        .orElse(null)
                : null;
        model.addAttribute("status", status);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("required", policy.required() && status != Status.ENROLLED);
        model.addAttribute("errors", errors);
        return "account/me/second-factor";
    }

    static String grouped(String secret) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < secret.length(); i += 4) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(secret, i, Math.min(secret.length(), i + 4));
        }
        return text.toString();
    }

    private static String clip(String code) {
        return code.length() <= 20 ? code : code.substring(0, 20);
    }
}
