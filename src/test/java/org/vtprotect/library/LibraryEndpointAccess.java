package org.vtprotect.library;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.everyone;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call each endpoint of the library: reading is open to everyone (each document then
 * filtered by its access level, a hidden one answering 404), curating and bulk imports are programme staff's.
 */
public class LibraryEndpointAccess implements EndpointAccess.Catalogue {

    public LibraryEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                everyone(GET, "/library"),
                everyone(GET, "/library/{id}"),
                everyone(GET, "/library/{id}/file"),
                everyone(GET, "/api/v1/library/search"),
                everyone(GET, "/api/v1/library/documents/{id}"),
                everyone(GET, "/api/v1/library/documents/{id}/file"),
                only(POST, "/api/v1/library/documents", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(PUT, "/api/v1/library/documents/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/api/v1/library/documents/{id}/file", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/api/v1/library/documents/{id}/withdrawal", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(DELETE, "/api/v1/library/documents/{id}/withdrawal", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/api/v1/library/index", ADMINISTRATOR),
                only(GET, "/api/v1/library/index", ADMINISTRATOR),
                only(GET, "/manage/library/index", ADMINISTRATOR),
                only(POST, "/manage/library/index", ADMINISTRATOR),
                only(GET, "/manage/library", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/documents", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/library", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/api/v1/library/imports", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/api/v1/library/imports", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/api/v1/library/imports/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/imports", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/library/imports", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/imports/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/imports/manifest.csv", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/documents/{id}", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/documents/{id}/edit", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/library/documents/{id}/edit", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/documents/{id}/file", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/library/documents/{id}/file", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(GET, "/manage/library/documents/{id}/withdrawal", ADMINISTRATOR, PROGRAMME_OFFICER),
                only(POST, "/manage/library/documents/{id}/withdrawal", ADMINISTRATOR, PROGRAMME_OFFICER));
    }
}
