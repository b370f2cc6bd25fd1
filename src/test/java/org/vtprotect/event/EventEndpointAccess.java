package org.vtprotect.event;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PARTNER;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.everyone;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.List;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may call each endpoint of the events: everyone reads public events (drafts and
 * invitation-only events are hidden by the service, not the URL); staff and partners organise.
 */
public class EventEndpointAccess implements EndpointAccess.Catalogue {

    public EventEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        return List.of(
                everyone(GET, "/events"),
                everyone(GET, "/events/{id}"),
                everyone(GET, "/events/{id}/register"),
                everyone(POST, "/events/{id}/register"),
                everyone(GET, "/events/{id}/register/done"),
                everyone(GET, "/api/v1/events"),
                everyone(GET, "/api/v1/events/{id}"),
                everyone(GET, "/api/v1/events/calendar.ics"),
                everyone(GET, "/api/v1/events/{id}/calendar.ics"),
                only(POST, "/api/v1/events", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                only(PUT, "/api/v1/events/{id}", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                only(PUT, "/api/v1/events/{id}/state", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                everyone(POST, "/api/v1/events/{id}/registrations"),
                only(GET, "/api/v1/events/{id}/statistics", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                only(GET, "/api/v1/statistics/events", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                only(GET, "/api/v1/events/{id}/registrations", ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER),
                only(
                        PUT,
                        "/api/v1/events/{id}/registrations/{registrationId}/attendance",
                        ADMINISTRATOR,
                        PROGRAMME_OFFICER,
                        PARTNER));
    }
}
