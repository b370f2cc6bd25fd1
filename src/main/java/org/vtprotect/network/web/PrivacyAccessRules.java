package org.vtprotect.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the membership figures (programme staff: the figures break members down by
 * country region and gender, too fine for partners) and a member's own data. The pages and API about
 * one's own data are open to every fully signed-in account, with or without a role: a member who
 * left the network lost the {@code EXPERT} role but may still download or erase what is held; the
 * controllers answer 404 to an account that is no member. A session still owing its second factor is
 * not fully signed in.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyAccessRules {

    static final String[] OWN_DATA = {
        "/network/me",
        "/network/me/export",
        "/network/me/leave",
        "/network/me/erase",
        "/api/v1/network/me",
        "/api/v1/network/me/export"
    };

    @Bean
    AccessRules networkPrivacyRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/network/erased")
                .permitAll()
                .requestMatchers(OWN_DATA)
                .access((authentication, context) -> new AuthorizationDecision(fullySignedIn(authentication.get())))
                .requestMatchers("/manage/network/figures", "/manage/network/figures.csv", "/api/v1/network/statistics")
                .hasAnyRole(Role.STAFF);
    }

    /** A password (and second factor, when enrolled) or an API token: never anonymous, never half-way. */
    static boolean fullySignedIn(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof CurrentUser;
    }

    @Bean
    NavigationItem networkFiguresNavigation() {
        return NavigationItem.manage(
                "/manage/network/figures", "nav.network.figures", 32, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }

    @Bean
    NavigationItem networkMyDataNavigation() {
        return NavigationItem.main("/network/me", "nav.network.myData", 31, Role.EXPERT);
    }
}
