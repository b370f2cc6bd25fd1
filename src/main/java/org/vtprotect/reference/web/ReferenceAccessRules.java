package org.vtprotect.reference.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.AccessRules;

/** Reference data is public: anyone may read the countries and the taxonomy, signed in or not. */
@Configuration(proxyBeanMethods = false)
class ReferenceAccessRules {

    @Bean
    AccessRules referenceRules() {
        return rules -> rules.requestMatchers(HttpMethod.GET, CountriesApi.PATH, TaxonomyApi.PATH)
                .permitAll();
    }
}
