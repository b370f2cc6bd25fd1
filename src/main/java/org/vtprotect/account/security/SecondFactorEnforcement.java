package org.vtprotect.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an administrator or programme officer who has no second factor yet, while one is required,
 * from every page to the enrolment page; signing out, the error pages and static files stay open.
 */
class SecondFactorEnforcement extends OncePerRequestFilter {

    static final String ENROLMENT_PAGE = "/me/second-factor";

    private static final List<String> OPEN = List.of(
            ENROLMENT_PAGE,
            "/logout",
            "/login",
            "/error",
            "/webjars",
            "/css",
            "/js",
            "/img",
            "/images",
            "/favicon.ico");

    private final SecondFactorPolicy policy;

    SecondFactorEnforcement(SecondFactorPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!policy.required()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof AccountPrincipal account
                && account.roles().stream().anyMatch(role -> role.needsSecondFactor())
                && policy.mustEnrol(account.accountId())) {
            String target = request.getContextPath() + ENROLMENT_PAGE;
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
