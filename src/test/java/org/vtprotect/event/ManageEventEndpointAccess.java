package org.vtprotect.event;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.vtprotect.platform.Role.ADMINISTRATOR;
import static org.vtprotect.platform.Role.PARTNER;
import static org.vtprotect.platform.Role.PROGRAMME_OFFICER;
import static org.vtprotect.support.EndpointAccess.only;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.vtprotect.support.EndpointAccess;

/**
 * Who may reach the organisers' pages: programme staff and partners (a partner then only the
 * events their organisation organises, which the services decide); period statistics: staff only.
 */
public class ManageEventEndpointAccess implements EndpointAccess.Catalogue {

    public ManageEventEndpointAccess() {}

    @Override
    public List<EndpointAccess> endpoints() {
        List<EndpointAccess> endpoints = new ArrayList<>();
        organisers(endpoints, GET, "/manage/events");
        organisers(endpoints, GET, "/manage/events/new");
        organisers(endpoints, POST, "/manage/events");
        organisers(endpoints, GET, "/manage/events/{id}");
        organisers(endpoints, GET, "/manage/events/{id}/edit");
        organisers(endpoints, POST, "/manage/events/{id}/edit");
        organisers(endpoints, GET, "/manage/events/{id}/state");
        organisers(endpoints, POST, "/manage/events/{id}/state");
        organisers(endpoints, GET, "/manage/events/{id}/sessions/new");
        organisers(endpoints, POST, "/manage/events/{id}/sessions");
        organisers(endpoints, GET, "/manage/events/{id}/sessions/{sessionId}/edit");
        organisers(endpoints, POST, "/manage/events/{id}/sessions/{sessionId}");
        organisers(endpoints, POST, "/manage/events/{id}/sessions/{sessionId}/delete");
        organisers(endpoints, GET, "/manage/events/{id}/registrations");
        organisers(endpoints, POST, "/manage/events/{id}/registrations/{registrationId}/approve");
        organisers(endpoints, POST, "/manage/events/{id}/registrations/{registrationId}/decline");
        organisers(endpoints, POST, "/manage/events/{id}/registrations/{registrationId}/promote");
        organisers(endpoints, GET, "/manage/events/{id}/check-in");
        organisers(endpoints, POST, "/manage/events/{id}/check-in/{registrationId}");
        organisers(endpoints, GET, "/manage/events/{id}/statistics");
        organisers(endpoints, GET, "/manage/events/{id}/statistics/records");
        organisers(endpoints, GET, "/manage/events/{id}/statistics/export");
        staff(endpoints, GET, "/manage/statistics/events");
        staff(endpoints, GET, "/manage/statistics/events/records");
        staff(endpoints, GET, "/manage/statistics/events/export");
        return endpoints;
    }

    private static void organisers(List<EndpointAccess> endpoints, HttpMethod method, String path) {
        endpoints.add(only(method, path, ADMINISTRATOR, PROGRAMME_OFFICER, PARTNER));
    }

    static void staff(List<EndpointAccess> endpoints, HttpMethod method, String path) {
        endpoints.add(only(method, path, ADMINISTRATOR, PROGRAMME_OFFICER));
    }
}
