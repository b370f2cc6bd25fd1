package org.vtprotect.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the network: anyone reads about it, applies, and follows the links mailed to
 * applicants (the token in the link is what authorises them); only programme officers vet.
 */
@Configuration(proxyBeanMethods = false)
class NetworkAccessRules {

    @Bean
    AccessRules networkRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/network",
                        "/network/apply",
                        "/network/apply/done",
                        "/network/applications/confirm",
                        "/network/applications/confirmed",
                        "/network/applications/withdraw",
                        "/network/applications/withdrawn")
                .permitAll()
                .requestMatchers(
                        HttpMethod.POST,
                        "/network/apply",
                        "/network/applications/confirm",
                        "/network/applications/withdraw",
                        "/api/v1/network/applications")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/network/applications/*/decision")
                .hasRole(Role.PROGRAMME_OFFICER.name())
                .requestMatchers("/manage/network/applications", "/manage/network/applications/**")
                .hasRole(Role.PROGRAMME_OFFICER.name());
    }

    @Bean
    NavigationItem networkNavigation() {
        return NavigationItem.main("/network", "nav.network", 30);
    }

    @Bean
    NavigationItem networkApplicationsNavigation() {
        return NavigationItem.manage(
                "/manage/network/applications", "nav.network.applications", 30, Role.PROGRAMME_OFFICER);
    }
}
