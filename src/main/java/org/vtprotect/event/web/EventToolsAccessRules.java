package org.vtprotect.event.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;

/**
 * Who may reach the organisers' tools (invitations, import, exports, certificates): programme
 * staff and partners, the services then letting a partner touch only the events their
 * organisation organises. Personal links (an invitation, a certificate) open for whoever holds
 * them: the secret in the path is the access.
 */
@Configuration(proxyBeanMethods = false)
class EventToolsAccessRules {

    @Bean
    AccessRules eventToolRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET,
                        "/events/*/invitation/*",
                        "/events/*/invitation/*/answered",
                        "/events/*/certificate/*")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/events/*/invitation/*", "/events/*/invitation/*/decline")
                .permitAll()
                .requestMatchers(
                        "/manage/events/*/invitations",
                        "/manage/events/*/invitations/**",
                        "/manage/events/*/import",
                        "/manage/events/*/import/**",
                        "/manage/events/*/exports",
                        "/manage/events/*/exports/**",
                        "/manage/events/*/certificates",
                        "/manage/events/*/certificates/**",
                        "/manage/events/*/certificates.zip")
                .hasAnyRole(EventAccessRules.ORGANISERS)
                .requestMatchers(
                        "/api/v1/events/*/invitations",
                        "/api/v1/events/*/registrations/import",
                        "/api/v1/events/*/attendance/import")
                .hasAnyRole(EventAccessRules.ORGANISERS);
    }
}
