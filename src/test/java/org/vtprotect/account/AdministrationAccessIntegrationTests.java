package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vtprotect.platform.Role;
import org.vtprotect.support.EndpointAccess;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * Every administration endpoint is declared in {@link AdministrationEndpointAccess}, and the
 * application enforces it: anonymous callers must sign in, other roles are refused.
 */
@IntegrationTest
class AdministrationAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private final AdministrationEndpointAccess catalogue = new AdministrationEndpointAccess();

    @Test
    void everyAdministrationMappingIsDeclared() {
        Set<String> mapped = context
                .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods()
                .entrySet()
                .stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().equals("org.vtprotect.account.web.admin"))
                .flatMap(e -> describe(e).stream())
                .collect(Collectors.toSet());
        Set<String> declared = catalogue.endpoints().stream()
                .map(e -> e.method().name() + " " + e.path())
                .collect(Collectors.toSet());
        assertThat(declared).isEqualTo(mapped);
    }

    @Test
    void onlyAdministratorsGetThrough() throws Exception {
        for (EndpointAccess endpoint : catalogue.endpoints()) {
            String path = endpoint.path().replace("{id}", "987654321");
            boolean api = path.startsWith("/api/");
            int anonymous = status(call(endpoint, path));
            assertThat(anonymous).as("anonymous %s %s", endpoint.method(), path).isEqualTo(api ? 401 : 302);
            for (Role role : Role.values()) {
                int status = status(call(endpoint, path).with(SignedIn.as(role)));
                if (endpoint.roles().contains(role)) {
                    assertThat(status)
                            .as("%s %s %s", role, endpoint.method(), path)
                            .isNotIn(401, 403);
                } else {
                    assertThat(status)
                            .as("%s %s %s", role, endpoint.method(), path)
                            .isEqualTo(403);
                }
            }
        }
    }

    private MockHttpServletRequestBuilder call(EndpointAccess endpoint, String path) {
        MockHttpServletRequestBuilder call = request(endpoint.method(), path).with(csrf());
        return path.startsWith("/api/")
                ? call.contentType(MediaType.APPLICATION_JSON).content("{}")
                : call;
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static Set<String> describe(Map.Entry<RequestMappingInfo, HandlerMethod> mapping) {
        RequestMappingInfo info = mapping.getKey();
        return info.getMethodsCondition().getMethods().stream()
                .flatMap(method -> info.getPatternValues().stream().map(path -> method.name() + " " + path))
                .collect(Collectors.toSet());
    }
}
