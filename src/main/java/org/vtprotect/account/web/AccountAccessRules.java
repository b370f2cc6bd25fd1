package org.vtprotect.account.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.account.security.PendingSecondFactor;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/** Who may reach the account module's pages and API, and its links in the navigation. */
@Configuration(proxyBeanMethods = false)
class AccountAccessRules {

    @Bean
    AccessRules accountRules() {
        return rules -> rules.requestMatchers("/login", "/password/forgot", "/password/reset")
                .permitAll()
                .requestMatchers("/login/second-factor")
                .hasAuthority(PendingSecondFactor.AUTHORITY)
                .requestMatchers("/me/second-factor", "/me/second-factor/**")
                .hasAnyRole(Role.STAFF)
                .requestMatchers("/me", "/me/**")
                .hasAnyRole(Role.all())
                .requestMatchers("/admin/**")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                .permitAll()
                .requestMatchers(HttpMethod.DELETE, "/api/v1/auth/token")
                .hasAnyRole(Role.all())
                .requestMatchers(HttpMethod.GET, "/api/v1/me")
                .hasAnyRole(Role.all())
                .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/audit")
                .hasRole(Role.ADMINISTRATOR.name());
    }

    @Bean
    NavigationItem accountsNavigation() {
        return NavigationItem.administration("/admin/accounts", "nav.accounts", 10);
    }

    @Bean
    NavigationItem auditNavigation() {
        return NavigationItem.administration("/admin/audit", "nav.audit", 20);
    }
}
