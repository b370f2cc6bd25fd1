package org.vtprotect.reference;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.vtprotect.support.EndpointAccess;

/** Reference data is public: both endpoints are open to everyone, signed in or not. */
public class ReferenceEndpointAccess implements EndpointAccess.Catalogue {

    public ReferenceEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                EndpointAccess.everyone(HttpMethod.GET, "/api/v1/countries"),
                EndpointAccess.everyone(HttpMethod.GET, "/api/v1/taxonomy"));
    }
}
