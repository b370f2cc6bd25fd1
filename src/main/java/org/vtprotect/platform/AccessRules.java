package org.vtprotect.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module declares who may reach its own URLs by exposing one bean of this type; the security
 * filter chains collect them all, and whatever no module declares is denied.
 *
 * <p>Rules name exact paths or path patterns owned by the declaring module only, never a catch-all,
 * so that the order in which modules are collected does not matter.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
