package org.vtprotect.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.WebContext;

/** Gives every page template its {@link WebContext} as the model attribute {@code web}. */
@ControllerAdvice
class WebContextAdvice {

    private final MessageSource messages;
    private final List<NavigationItem> navigation;

    WebContextAdvice(MessageSource messages, List<NavigationItem> navigation) {
        this.messages = messages;
        this.navigation = navigation;
    }

    @ModelAttribute("web")
    WebContext web(HttpServletRequest request) {
        return of(request);
    }

    WebContext of(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof CurrentUser;
        Set<String> roles = signedIn
                ? auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_"))
                        .map(a -> a.substring(5))
                        .collect(Collectors.toUnmodifiableSet())
                : Set.of();
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return new WebContext(
                messages,
                RequestContextUtils.getLocale(request),
                uri.isEmpty() ? "/" : uri,
                request.getQueryString(),
                csrf == null ? null : csrf.getParameterName(),
                csrf == null ? null : csrf.getToken(),
                signedIn ? displayName(auth) : null,
                roles,
                navigation);
    }

    private static String displayName(Authentication auth) {
        return ((CurrentUser) auth.getPrincipal()).displayName();
    }
}
