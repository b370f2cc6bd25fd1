package org.vtprotect.directory;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.only;
import static org.vtprotect.support.EndpointAccess.signedIn;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/** Who may call each endpoint of the directory: organisations are read by anyone signed in, the rest is staff's. */
public class DirectoryEndpointAccess implements EndpointAccess.Catalogue {

    public DirectoryEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                signedIn(GET, "/api/v1/organisations"),
                signedIn(GET, "/api/v1/organisations/{id}"),
                only(POST, "/api/v1/organisations", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(PUT, "/api/v1/organisations/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/api/v1/people", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/api/v1/people/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/organisations", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/directory/organisations", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/organisations/new", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/organisations/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/directory/organisations/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/people", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/directory/people", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/people/new", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/directory/people/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/directory/people/{id}", ADMINISTRATOR, PROGRAMME_OFFICER));
    }
}
