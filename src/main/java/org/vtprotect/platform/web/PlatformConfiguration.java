package org.vtprotect.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.vtprotect.platform.AccessRules;

/** Public pages of the shell, the OpenAPI description, and scheduling for housekeeping jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    @Bean
    AccessRules platformAccessRules() {
        return rules -> rules.requestMatchers("/", "/privacy", "/accessibility")
                .permitAll()
                .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/swagger-ui/**")
                .permitAll();
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("VT Protect API")
                        .version("v1")
                        .description("JSON API of VT Protect. Errors are RFC 9457 problem+json.")
                        .license(new License().name("Proprietary: VT Protect").identifier("LicenseRef-VTProtect")))
                .components(
                        new Components()
                                .addSecuritySchemes(
                                        "bearer",
                                        new SecurityScheme()
                                                .type(SecurityScheme.Type.HTTP)
                                                .scheme("bearer")
                                                .description(
                                                        "A personal API token from POST /api/v1/auth/token or the profile page")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
