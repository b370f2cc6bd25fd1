package org.vtprotect.library.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.NavigationItem;
import org.vtprotect.platform.Role;

/**
 * Who may reach the library: anyone may search and read, each document then filtered by its own
 * access level; only programme staff add, describe, replace and withdraw documents, and import them in bulk.
 */
@Configuration(proxyBeanMethods = false)
class LibraryAccessRules {

    @Bean
    AccessRules libraryRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/library", "/library/*", "/library/*/file")
                .permitAll()
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/library/search",
                        "/api/v1/library/documents/*",
                        "/api/v1/library/documents/*/file")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/library/documents")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.PUT, "/api/v1/library/documents/*")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.POST, "/api/v1/library/imports")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.GET, "/api/v1/library/imports", "/api/v1/library/imports/*")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(
                        HttpMethod.POST, "/api/v1/library/documents/*/file", "/api/v1/library/documents/*/withdrawal")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.DELETE, "/api/v1/library/documents/*/withdrawal")
                .hasAnyRole(Role.STAFF)
                .requestMatchers(HttpMethod.GET, "/api/v1/library/index")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/library/index")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers("/manage/library/index")
                .hasRole(Role.ADMINISTRATOR.name())
                .requestMatchers("/manage/library", "/manage/library/**")
                .hasAnyRole(Role.STAFF);
    }

    @Bean
    NavigationItem libraryNavigation() {
        return NavigationItem.main("/library", "nav.library", 10);
    }

    @Bean
    NavigationItem libraryDocumentsNavigation() {
        return NavigationItem.manage(
                "/manage/library/documents", "nav.library.documents", 9, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }

    @Bean
    NavigationItem libraryImportsNavigation() {
        return NavigationItem.manage(
                ImportListPage.PATH, "nav.library.imports", 11, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }

    @Bean
    NavigationItem libraryIndexNavigation() {
        return NavigationItem.administration("/manage/library/index", "nav.library.index", 40);
    }

    @Bean
    NavigationItem libraryManagementNavigation() {
        return NavigationItem.manage(
                "/manage/library", "nav.library.manage", 10, Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER);
    }
}
