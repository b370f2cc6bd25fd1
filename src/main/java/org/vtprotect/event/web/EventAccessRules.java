package org.vtprotect.event.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the events: everyone reads public events (the services hide the rest); programme
 * staff and partners record and change events, the services letting a partner touch only the
 * events their organisation organises.
 */
@Configuration(proxyBeanMethods = false)
class EventAccessRules {

    static final String[] ORGANISERS = {Role.ADMINISTRATOR.name(), Role.PROGRAMME_OFFICER.name(), Role.PARTNER.name()};

    @Bean
    AccessRules eventRules() {
        return rules -> rules.requestMatchers(
                        HttpMethod.GET, "/events", "/events/*", "/events/*/register", "/events/*/register/done")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/events/*/register")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/events/*/statistics", "/api/v1/statistics/events")
                .hasAnyRole(ORGANISERS)
                .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*", "/api/v1/events/*/calendar.ics")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/events/*/registrations")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/events/*/registrations")
                .hasAnyRole(ORGANISERS)
                .requestMatchers(HttpMethod.POST, "/api/v1/events")
                .hasAnyRole(ORGANISERS)
                .requestMatchers(
                        HttpMethod.PUT,
                        "/api/v1/events/*",
                        "/api/v1/events/*/state",
                        "/api/v1/events/*/registrations/*/attendance")
                .hasAnyRole(ORGANISERS);
    }

    @Bean
    NavigationItem eventsNavigation() {
        return NavigationItem.main("/events", "nav.events", 20);
    }
}
