package org.vtprotect.account;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.EnumSet;
import java.util.List;
import org.vtprotect.platform.Role;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call the account module's endpoints outside administration: sign-in, the self-service
 * pages under {@code /me}, password reset, and the token and "who am I" API.
 */
public class ProfileEndpointAccess implements EndpointAccess.Catalogue {

    public ProfileEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                EndpointAccess.everyone(GET, "/login"),
                // only a session that passed the password and still owes its code
                new EndpointAccess(GET, "/login/second-factor", false, EnumSet.noneOf(Role.class)),
                new EndpointAccess(POST, "/login/second-factor", false, EnumSet.noneOf(Role.class)),
                EndpointAccess.everyone(GET, "/password/forgot"),
                EndpointAccess.everyone(POST, "/password/forgot"),
                EndpointAccess.everyone(GET, "/password/reset"),
                EndpointAccess.everyone(POST, "/password/reset"),
                EndpointAccess.signedIn(GET, "/me"),
                EndpointAccess.signedIn(POST, "/me"),
                EndpointAccess.signedIn(GET, "/me/password"),
                EndpointAccess.signedIn(POST, "/me/password"),
                EndpointAccess.only(GET, "/me/second-factor", Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER),
                EndpointAccess.only(POST, "/me/second-factor/start", Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER),
                EndpointAccess.only(POST, "/me/second-factor/confirm", Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER),
                EndpointAccess.only(POST, "/me/second-factor/remove", Role.ADMINISTRATOR, Role.PROGRAMME_OFFICER),
                EndpointAccess.signedIn(GET, "/me/tokens"),
                EndpointAccess.signedIn(POST, "/me/tokens"),
                EndpointAccess.signedIn(POST, "/me/tokens/{id}/revoke"),
                EndpointAccess.everyone(POST, "/api/v1/auth/token"),
                EndpointAccess.signedIn(DELETE, "/api/v1/auth/token"),
                EndpointAccess.signedIn(GET, "/api/v1/me"));
    }
}
