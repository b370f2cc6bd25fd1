package org.vtprotect.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach expert profiles, search and matching. Experts edit their own profile; experts and
 * staff search (an expert only while an active member: {@code NetworkMembership} answers the others
 * 403); programme officers match experts to a need.
 */
@Configuration(proxyBeanMethods = false)
class ExpertsAccessRules {

    @Bean
    AccessRules expertsRules() {
        return rules -> rules.requestMatchers("/network/profile")
                .hasRole(Role.EXPERT.name())
                .requestMatchers(HttpMethod.GET, "/network/experts", "/network/experts/*", "/api/v1/network/experts")
                .hasAnyRole(Role.EXPERT.name(), Role.ADMINISTRATOR.name(), Role.PROGRAMME_OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/network/matches")
                .hasRole(Role.PROGRAMME_OFFICER.name())
                .requestMatchers(HttpMethod.GET, "/manage/network/matching")
                .hasRole(Role.PROGRAMME_OFFICER.name());
    }

    @Bean
    NavigationItem expertsNavigation() {
        return NavigationItem.main(
                "/network/experts", "nav.network.experts", 31, Role.EXPERT, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }

    @Bean
    NavigationItem profileNavigation() {
        return NavigationItem.main("/network/profile", "nav.network.profile", 32, Role.EXPERT);
    }

    @Bean
    NavigationItem matchingNavigation() {
        return NavigationItem.manage("/manage/network/matching", "nav.network.matching", 31, Role.PROGRAMME_OFFICER);
    }
}
