package org.vtprotect.network;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.everyone;
import static org.vtprotect.support.EndpointAccess.only;
import static org.vtprotect.support.EndpointAccess.signedIn;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call the endpoints of membership figures and of a member's own data: figures for
 * programme staff; one's own data for every fully signed-in account (a member who left keeps no
 * role but may still download or erase; an account that is no member gets 404); the page saying the
 * data is erased for anyone, as the session ends with the erasure.
 */
public class PrivacyEndpointAccess implements EndpointAccess.Catalogue {

    public PrivacyEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                only(GET, "/api/v1/network/statistics", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/network/figures", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/network/figures.csv", ADMINISTRATOR, PROGRAMME_OFFICER),
                signedIn(GET, "/api/v1/network/me/export"),
                signedIn(DELETE, "/api/v1/network/me"),
                signedIn(GET, "/network/me"),
                signedIn(GET, "/network/me/export"),
                signedIn(GET, "/network/me/leave"),
                signedIn(POST, "/network/me/leave"),
                signedIn(GET, "/network/me/erase"),
                signedIn(POST, "/network/me/erase"),
                everyone(GET, "/network/erased"));
    }
}
