package org.vtprotect.event.web.manage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the organisers' pages: programme staff and partners (the services let a partner
 * into the events their organisation organises only); the statistics of a period, across
 * everyone's events, only programme staff.
 */
@Configuration(proxyBeanMethods = false)
class ManageEventAccessRules {

    @Bean
    AccessRules manageEventRules() {
        return rules -> rules.requestMatchers("/manage/events", "/manage/events/**")
                .hasAnyRole(Role.ADMINISTRATOR.name(), Role.PROGRAMME_OFFICER.name(), Role.PARTNER.name())
                .requestMatchers("/manage/statistics/events", "/manage/statistics/events/**")
                .hasAnyRole(Role.STAFF);
    }

    @Bean
    NavigationItem manageEventsNavigation() {
        return NavigationItem.manage(
                "/manage/events", "nav.events.manage", 20, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER, Role.PARTNER);
    }

    @Bean
    NavigationItem eventStatisticsNavigation() {
        return NavigationItem.manage(
                "/manage/statistics/events", "nav.events.statistics", 21, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }
}
