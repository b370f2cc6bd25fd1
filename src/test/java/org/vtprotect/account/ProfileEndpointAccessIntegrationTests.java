package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vtprotect.platform.Role;
import org.vtprotect.support.EndpointAccess;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The application lets in exactly whom {@link ProfileEndpointAccess} says, and no one else. */
@IntegrationTest
class ProfileEndpointAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousCallersReachOnlyWhatIsOpen() throws Exception {
        for (EndpointAccess endpoint : new ProfileEndpointAccess().endpoints()) {
            MvcResult result = mvc.perform(call(endpoint)).andReturn();
            assertThat(denied(result)).as(describe(endpoint, "anonymous")).isEqualTo(!endpoint.anonymous());
        }
    }

    @Test
    void eachRoleReachesOnlyWhatItMay() throws Exception {
        for (EndpointAccess endpoint : new ProfileEndpointAccess().endpoints()) {
            for (Role role : Role.values()) {
                MvcResult result =
                        mvc.perform(call(endpoint).with(SignedIn.as(role))).andReturn();
                assertThat(denied(result))
                        .as(describe(endpoint, role.name()))
                        .isEqualTo(!endpoint.roles().contains(role));
            }
        }
    }

    private static MockHttpServletRequestBuilder call(EndpointAccess endpoint) {
        return request(endpoint.method(), endpoint.path().replace("{id}", "1")).with(csrf());
    }

    /** Refused: 401, 403, or sent to the sign-in page. */
    private static boolean denied(MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        return status == 401 || status == 403 || (location != null && location.endsWith("/login"));
    }

    private static String describe(EndpointAccess endpoint, String who) {
        return endpoint.method() + " " + endpoint.path() + " as " + who;
    }
}
