package org.vtprotect.event;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PARTNER;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.everyone;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.springframework.http.HttpMethod;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call the organisers' tools: staff and partners (the services then refuse a partner
 * another organisation's event); personal links open for whoever holds them.
 */
public class EventToolsEndpointAccess implements EndpointAccess.Catalogue {

    public EventToolsEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                everyone(GET, "/events/{id}/invitation/{token}"),
                everyone(POST, "/events/{id}/invitation/{token}"),
                everyone(POST, "/events/{id}/invitation/{token}/decline"),
                everyone(GET, "/events/{id}/invitation/{token}/answered"),
                organisers(GET, "/manage/events/{id}/invitations"),
                organisers(POST, "/manage/events/{id}/invitations/file"),
                organisers(POST, "/manage/events/{id}/invitations/directory"),
                organisers(POST, "/manage/events/{id}/invitations/reminders"),
                organisers(GET, "/api/v1/events/{id}/invitations"),
                organisers(POST, "/api/v1/events/{id}/invitations"),
                organisers(GET, "/manage/events/{id}/import"),
                organisers(POST, "/manage/events/{id}/import"),
                organisers(GET, "/manage/events/{id}/import/{previewId}"),
                organisers(POST, "/manage/events/{id}/import/{previewId}"),
                organisers(POST, "/manage/events/{id}/import/attendance"),
                organisers(POST, "/api/v1/events/{id}/registrations/import"),
                organisers(POST, "/api/v1/events/{id}/attendance/import"),
                organisers(GET, "/manage/events/{id}/exports"),
                organisers(GET, "/manage/events/{id}/exports/participants.csv"),
                organisers(GET, "/manage/events/{id}/exports/participants.xlsx"),
                organisers(GET, "/manage/events/{id}/exports/participants.pdf"),
                organisers(GET, "/manage/events/{id}/certificates"),
                organisers(GET, "/manage/events/{id}/certificates/{registrationId}"),
                organisers(GET, "/manage/events/{id}/certificates.zip"),
                organisers(POST, "/manage/events/{id}/certificates/mail"),
                everyone(GET, "/events/{id}/certificate/{token}"));
    }

    private static EndpointAccess organisers(HttpMethod method, String path) {
        return only(method, path, ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER);
    }
}
