package org.vtprotect.network.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the discussions: experts and staff (an expert whose membership is not active is
 * then refused by the discussions themselves); programme officers alone lock, hide and unhide.
 */
@Configuration(proxyBeanMethods = false)
class DiscussionAccessRules {

    private static final String[] READERS = {
        Role.EXPERT.name(), Role.ADMINISTRATOR.name(), Role.PROGRAMME_OFFICER.name()
    };

    @Bean
    AccessRules discussionRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.POST,
                        "/network/discussions/*/lock",
                        "/network/discussions/*/unlock",
                        "/network/discussions/*/hide",
                        "/network/discussions/*/unhide",
                        "/network/discussions/*/posts/*/hide",
                        "/network/discussions/*/posts/*/unhide",
                        "/api/v1/network/discussions/*/lock",
                        "/api/v1/network/discussions/*/posts/*/hide")
                .hasRole(Role.PROGRAMME_OFFICER.name())
                .requestMatchers(
                        "/network/discussions",
                        "/network/discussions/**",
                        "/api/v1/network/discussions",
                        "/api/v1/network/discussions/**")
                .hasAnyRole(READERS);
    }

    @Bean
    NavigationItem discussionNavigation() {
        return NavigationItem.main(
                "/network/discussions",
                "networkDiscussions.nav",
                32,
                Role.EXPERT,
                Role.ADMINISTRATOR,
                Role.PROGRAMME_OFFICER);
    }
}
