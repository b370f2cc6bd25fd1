package org.vtprotect.account.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.vtprotect.platform.AccessRules;
import org.vtprotect.platform.Role;
import org.vtprotect.platform.SecurityHeaders;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem+json for 401 and 403) and the
 * pages (session, sign-in form, CSRF). Both apply the rules every module declares and deny the
 * rest.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(PasswordSignIn signIn) {
        return new ProviderManager(signIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, List<AccessRules> rules, ApiTokens tokens, ApiProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .addFilterBefore(
                        new BearerTokenFilter(tokens, problems.unauthenticated()),
                        UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> {
                    authorize
                            .requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll()
                            .requestMatchers("/actuator/**")
                            .hasRole(Role.ADMINISTRATOR.name());
                    declare(authorize, rules);
                });
        SecurityHeaders.applyTo(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            List<AccessRules> rules,
            SecondFactorGate secondFactor,
            SecondFactorPolicy policy,
            SessionFreshness freshness,
            AuthenticationManager manager)
            throws Exception {
        http.authenticationManager(manager)
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(secondFactor)
                        .failureHandler(secondFactor)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                // a refused page answers 403 through the container's error page, whatever the method
                .addFilterAfter(freshness.filter(), SecurityContextHolderFilter.class)
                .addFilterAfter(new SecondFactorEnforcement(policy), AuthorizationFilter.class)
                .authorizeHttpRequests(authorize -> declare(authorize, rules));
        SecurityHeaders.applyTo(http);
        return http.build();
    }

    private static void declare(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            List<AccessRules> rules) {
        authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        authorize.requestMatchers("/error", "/error/**").permitAll();
        authorize
                .requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                .permitAll();
        authorize
                .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
                .permitAll();
        rules.forEach(rule -> rule.declare(authorize));
        authorize.anyRequest().denyAll();
    }
}
