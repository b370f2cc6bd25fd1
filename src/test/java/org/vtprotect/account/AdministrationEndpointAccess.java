package org.vtprotect.account;

import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.Role;
import org.vtprotect.support.EndpointAccess;

/** Who may call the administration endpoints of the account module: administrators only. */
public class AdministrationEndpointAccess implements EndpointAccess.Catalogue {

    public AdministrationEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                only(HttpMethod.GET, "/api/v1/users", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/api/v1/users", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/api/v1/users/{id}", Role.ADMINISTRATOR),
                only(HttpMethod.PUT, "/api/v1/users/{id}", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/api/v1/audit", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/admin/accounts", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/admin/accounts", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/admin/accounts/new", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/admin/accounts/{id}", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/admin/accounts/{id}", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/admin/accounts/{id}/disable", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/admin/accounts/{id}/enable", Role.ADMINISTRATOR),
                only(HttpMethod.POST, "/admin/accounts/{id}/password-link", Role.ADMINISTRATOR),
                only(HttpMethod.GET, "/admin/audit", Role.ADMINISTRATOR));
    }
}
