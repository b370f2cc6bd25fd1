package org.vtprotect.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the directory: anyone signed in may read organisations through the API; only
 * programme staff may record them, and only they may see people (personal data) and the pages.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryAccessRules {

    @Bean
    AccessRules directoryRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/v1/organisations", "/api/v1/organisations/*")
                .hasAnyRole(Role.all())
                .requestMatchers(HttpMethod.POST, "/api/v1/organisations")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.GET, "/api/v1/people", "/api/v1/people/*")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(
                        "/manage/directory/organisations",
                        "/manage/directory/organisations/*",
                        "/manage/directory/people",
                        "/manage/directory/people/*")
                .hasAnyRole(Role.STAFF);
    }

    @Bean
    NavigationItem organisationsNavigation() {
        return NavigationItem.manage(
                "/manage/directory/organisations",
                "nav.directory.organisations",
                80,
                Role.ADMINISTRATOR,
                Role.PROGRAMME_OFFICER);
    }

    @Bean
    NavigationItem peopleNavigation() {
        return NavigationItem.manage(
                "/manage/directory/people", "nav.directory.people", 81, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }
}
