package org.vtprotect.platform;

import static org.vtprotect.support.EndpointAccess.everyone;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.vtprotect.support.EndpointAccess;

/** The platform shell's pages: the home page, the notices and the error page are open to everyone. */
public class PlatformEndpointAccess implements EndpointAccess.Catalogue {

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                everyone(HttpMethod.GET, "/"),
                everyone(HttpMethod.GET, "/privacy"),
                everyone(HttpMethod.GET, "/accessibility"),
                everyone(HttpMethod.GET, "/error/{status:403|404}"));
    }
}
