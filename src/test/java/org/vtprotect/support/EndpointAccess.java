package org.vtprotect.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.vtprotect.platform.Role;

/**
 * Who may call one endpoint: the role test checks every mapped endpoint has exactly one of these,
 * and that the application enforces it for anonymous callers and for each role.
 *
 * @param method the HTTP method
 * @param path the path pattern exactly as mapped, e.g. {@code /api/v1/users/{id}}
 * @param anonymous whether callers who are not signed in may call it
 * @param roles the roles that may call it (all of them when {@code anonymous})
 */
public record EndpointAccess(HttpMethod method, String path, boolean anonymous, Set<Role> roles) {

    public static EndpointAccess everyone(HttpMethod method, String path) {
        return new EndpointAccess(method, path, true, EnumSet.allOf(Role.class));
    }

    public static EndpointAccess signedIn(HttpMethod method, String path) {
        return new EndpointAccess(method, path, false, EnumSet.allOf(Role.class));
    }

    public static EndpointAccess only(HttpMethod method, String path, Role... roles) {
        return new EndpointAccess(method, path, false, EnumSet.copyOf(List.of(roles)));
    }

    /** Each module's tests declare the access of their module's endpoints in one class of this type. */
    public interface Catalogue {
        List<EndpointAccess> endpoints();
    }
}
