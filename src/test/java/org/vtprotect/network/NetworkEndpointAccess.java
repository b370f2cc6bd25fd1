package org.vtprotect.network;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.everyone;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call each endpoint of the network: anyone applies and follows the links mailed to
 * applicants (the token authorises them); only programme officers vet applications.
 */
public class NetworkEndpointAccess implements EndpointAccess.Catalogue {

    public NetworkEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                everyone(GET, "/network"),
                everyone(GET, "/network/apply"),
                everyone(POST, "/network/apply"),
                everyone(GET, "/network/apply/done"),
                everyone(GET, "/network/applications/confirm"),
                everyone(POST, "/network/applications/confirm"),
                everyone(GET, "/network/applications/confirmed"),
                everyone(GET, "/network/applications/withdraw"),
                everyone(POST, "/network/applications/withdraw"),
                everyone(GET, "/network/applications/withdrawn"),
                everyone(POST, "/api/v1/network/applications"),
                only(POST, "/api/v1/network/applications/{id}/decision", PROGRAMME_OFFICER),
                only(GET, "/manage/network/applications", PROGRAMME_OFFICER),
                only(GET, "/manage/network/applications/{id}", PROGRAMME_OFFICER),
                only(POST, "/manage/network/applications/{id}/review", PROGRAMME_OFFICER),
                only(POST, "/manage/network/applications/{id}/notes", PROGRAMME_OFFICER),
                only(POST, "/manage/network/applications/{id}/conflict", PROGRAMME_OFFICER),
                only(POST, "/manage/network/applications/{id}/decision", PROGRAMME_OFFICER));
    }
}
