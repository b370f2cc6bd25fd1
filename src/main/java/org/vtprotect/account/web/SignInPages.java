package org.vtprotect.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.account.AuditAction;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.account.security.AccountPrincipal;
import org.vtprotect.account.security.PendingSecondFactor;
import org.vtprotect.account.security.SecondFactor;
import org.vtprotect.account.security.SecondFactorGate;
import org.vtprotect.account.security.SignInThrottle;

/** The sign-in form and, for accounts with a second factor, the code page after it. */
@Controller
class SignInPages {

    private final SecondFactor secondFactor;
    private final SecondFactorGate gate;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPages(SecondFactor secondFactor, SecondFactorGate gate, SignInThrottle throttle, AuditTrail audit) {
        this.secondFactor = secondFactor;
        this.gate = gate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object typed = session == null ? null : session.getAttribute(SecondFactorGate.TYPED_EMAIL);
        model.addAttribute("email", typed == null ? "" : typed.toString());
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("locked", request.getParameter("locked") != null);
        model.addAttribute("reset", request.getParameter("reset") != null);
        model.addAttribute("expired", request.getParameter("expired") != null);
        return "account/login";
    }

    @GetMapping("/login/second-factor")
    String codeForm(Model model) {
        model.addAttribute("failed", false);
        return "account/second-factor";
    }

    @PostMapping("/login/second-factor")
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException, ServletException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (!(current instanceof PendingSecondFactor pending)) {
            return "redirect:/login";
        }
        AccountPrincipal account = pending.account();
        var verdict = throttle.check(account.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?locked";
        }
        if (!secondFactor.verify(account.accountId(), code)) {
            throttle.failed(account.email());
            audit.recordAs(account.email(), AuditAction.SECOND_FACTOR_FAILED, account.email(), null);
            model.addAttribute("failed", true);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "account/second-factor";
        }
        throttle.succeeded(account.email());
        var full = UsernamePasswordAuthenticationToken.authenticated(account, null, account.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        gate.complete(request, response, full);
        return null;
    }
}
