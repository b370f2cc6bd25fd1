package org.vtprotect.network;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.EXPERT;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call each endpoint of the discussions: staff, and experts whose membership is ACTIVE
 * (the role test's expert is one: {@link RoleTestMember}); programme officers alone moderate.
 * {@code DiscussionAccessIntegrationTests} runs every endpoint below as a member who left and as
 * an expert with no member row too, who get 403.
 */
public class DiscussionsEndpointAccess implements EndpointAccess.Catalogue {

    public DiscussionsEndpointAccess() {}

    /** Endpoints every active member may call, as staff may. */
    static final List<EndpointAccess> READERS = List.of(
            only(GET, "/network/discussions", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/network/discussions/new", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/new", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/network/discussions/{id}", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/posts", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/network/discussions/{id}/posts/{postId}/edit", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/posts/{postId}/edit", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/posts/{postId}/delete", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/follow", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/network/discussions/settings", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/network/discussions/settings", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/api/v1/network/discussions", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/api/v1/network/discussions", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(GET, "/api/v1/network/discussions/{id}", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(POST, "/api/v1/network/discussions/{id}/posts", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(PUT, "/api/v1/network/discussions/{id}/follow", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
            only(DELETE, "/api/v1/network/discussions/{id}/follow", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER));

    /** Endpoints of moderation: programme officers only. */
    static final List<EndpointAccess> OFFICERS = List.of(
            only(POST, "/network/discussions/{id}/lock", PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/unlock", PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/hide", PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/unhide", PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/posts/{postId}/hide", PROGRAMME_OFFICER),
            only(POST, "/network/discussions/{id}/posts/{postId}/unhide", PROGRAMME_OFFICER),
            only(POST, "/api/v1/network/discussions/{id}/lock", PROGRAMME_OFFICER),
            only(POST, "/api/v1/network/discussions/{id}/posts/{postId}/hide", PROGRAMME_OFFICER));

    @Override
    public List<EndpointAccess> endpoints() {
        return java.util.stream.Stream.concat(READERS.stream(), OFFICERS.stream())
                .toList();
    }
}
