package org.vtprotect.network;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.EXPERT;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call expert profiles, search and matching: experts edit their profile; experts and staff
 * search; programme officers match. An expert must moreover be an active member of the network
 * (tested in {@code ExpertVisibilityIntegrationTests}); the role test's expert is one
 * ({@link RoleTestMember}).
 */
public class ExpertsEndpointAccess implements EndpointAccess.Catalogue {

    public ExpertsEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                only(GET, "/network/profile", EXPERT),
                only(POST, "/network/profile", EXPERT),
                only(GET, "/network/experts", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/network/experts/{id}", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/api/v1/network/experts", EXPERT, ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/api/v1/network/matches", PROGRAMME_OFFICER),
                only(GET, "/manage/network/matching", PROGRAMME_OFFICER));
    }
}
