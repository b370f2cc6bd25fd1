package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.DiscussionFixtures.as;
import static org.vtprotect.network.DiscussionFixtures.expert;
import static org.vtprotect.network.DiscussionFixtures.id;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.support.EndpointAccess;
import org.vtprotect.support.IntegrationTest;

/**
 * Every endpoint of the discussions, on a real thread and post: an active member is let through
 * (moderation excepted), an expert account without a member row or whose member left is refused
 * with 403 and no data, and an anonymous caller gets 401 (API) or the sign-in page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionAccessIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationCheck check;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    private ExpertMember member;
    private ExpertMember former;
    private long thread;
    private long post;

    @BeforeAll
    void aThreadByAMember() throws Exception {
        var fixtures = new DiscussionFixtures(check, applications, members);
        member = fixtures.member(uniqueEmail("access-member"), "en");
        former = fixtures.former(uniqueEmail("access-former"));
        String json = mvc.perform(post("/api/v1/network/discussions")
                        .with(as(member))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(DiscussionFixtures.thread(
                                "RISK_ASSESSMENT", "Access thread secret-title-7781", "Opening post")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        thread = id(json, "$.thread.id");
        post = id(json, "$.posts[0].id");
    }

    private MockHttpServletResponse call(EndpointAccess endpoint, RequestPostProcessor... as) throws Exception {
        String path = endpoint.path().replace("{id}", String.valueOf(thread)).replace("{postId}", String.valueOf(post));
        MockHttpServletRequestBuilder request = request(endpoint.method(), URI.create(path));
        if (endpoint.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        if (path.startsWith("/api/") && (endpoint.method() == HttpMethod.POST)) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        for (RequestPostProcessor p : as) {
            request.with(p);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void anActiveMemberReachesEveryEndpointButModeration() throws Exception {
        for (EndpointAccess endpoint : DiscussionsEndpointAccess.READERS) {
            int status = call(endpoint, as(member)).getStatus();
            assertThat(status)
                    .as("%s %s as a member", endpoint.method(), endpoint.path())
                    .isNotIn(401, 403);
        }
        for (EndpointAccess endpoint : DiscussionsEndpointAccess.OFFICERS) {
            assertThat(call(endpoint, as(member)).getStatus())
                    .as("%s %s as a member", endpoint.method(), endpoint.path())
                    .isEqualTo(403);
        }
    }

    @Test
    void anExpertWhoIsNotAnActiveMemberIsRefusedEverywhereAndSeesNothing() throws Exception {
        for (RequestPostProcessor notAMember : List.of(expert(uniqueEmail("no-member")), as(former))) {
            for (EndpointAccess endpoint : new DiscussionsEndpointAccess().endpoints()) {
                MockHttpServletResponse response = call(endpoint, notAMember);
                assertThat(response.getStatus())
                        .as("%s %s as a non-member", endpoint.method(), endpoint.path())
                        .isEqualTo(403);
                assertThat(response.getContentAsString()).doesNotContain("secret-title-7781");
            }
        }
    }

    @Test
    void anonymousCallersAreSentToSignInOrGet401() throws Exception {
        for (EndpointAccess endpoint : new DiscussionsEndpointAccess().endpoints()) {
            MockHttpServletResponse response = call(endpoint);
            if (endpoint.path().startsWith("/api/")) {
                assertThat(response.getStatus()).as(endpoint.path()).isEqualTo(401);
            } else {
                assertThat(response.getRedirectedUrl()).as(endpoint.path()).contains("/login");
            }
        }
    }
}
