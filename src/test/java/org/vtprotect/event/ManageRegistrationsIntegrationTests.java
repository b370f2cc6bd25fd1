package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.moveTo;
import static org.vtprotect.event.EventFixtures.registrationJson;
import static org.vtprotect.event.EventFixtures.unique;
import static org.vtprotect.event.ManageEventPagesIntegrationTests.escaped;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The registrations list with its decisions (approve, decline, give a seat) and the check-in page. */
@IntegrationTest
class ManageRegistrationsIntegrationTests {

    static final RequestPostProcessor OFFICER = SignedIn.as(Role.PROGRAMME_OFFICER);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    String text(String key, Object... args) {
        return escaped(messages.getMessage(key, args, Locale.ENGLISH));
    }

    /** A published public event starting tomorrow for two days, with these seats, perhaps requiring approval. */
    long event(Integer capacity, boolean approval) throws Exception {
        String start = LocalDate.now().plusDays(1).toString();
        String end = LocalDate.now().plusDays(2).toString();
        String json = eventJson(unique("Workshop"), start, end, capacity);
        if (approval) {
            json = json.replace("\"capacity\":", "\"approvalRequired\":true,\"capacity\":");
        }
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, id, "PUBLISHED");
        return id;
    }

    /** A visitor registers; the registration's JSON. */
    String register(long event, String email, String gender, String country) throws Exception {
        return mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(email, gender, "Ministry " + country, country, country)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String statusOf(long event, long registration) throws Exception {
        String all = mvc.perform(
                        get("/api/v1/events/" + event + "/registrations").with(OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<List<String>>read(all, "$[?(@.id == " + registration + ")].status")
                .get(0);
    }

    int seatsTaken(long event) throws Exception {
        return JsonPath.read(
                mvc.perform(get("/api/v1/events/" + event).with(OFFICER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.seatsTaken");
    }

    @Test
    void aRegistrationAwaitingApprovalHoldsNoSeatUntilApproved() throws Exception {
        long event = event(10, true);
        String email = email("pending");
        long registration = idOf(register(event, email, "FEMALE", "TJK"));
        assertThat(statusOf(event, registration)).isEqualTo("PENDING");
        assertThat(seatsTaken(event)).isZero();

        mvc.perform(get("/manage/events/" + event + "/registrations").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString(text("event.registration.status.PENDING"))))
                .andExpect(content().string(containsString("/registrations/" + registration + "/approve")));
        mvc.perform(post("/manage/events/" + event + "/registrations/" + registration + "/approve")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(event, registration)).isEqualTo("CONFIRMED");
        assertThat(seatsTaken(event)).isEqualTo(1);
        mvc.perform(post("/manage/events/" + event + "/registrations/" + registration + "/approve")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isConflict());
    }

    @Test
    void decliningFreesTheSeatThatAWaitingRegistrationThenTakes() throws Exception {
        long event = event(1, false);
        long first = idOf(register(event, email("first"), "MALE", "UZB"));
        long second = idOf(register(event, email("second"), "FEMALE", "KAZ"));
        assertThat(statusOf(event, second)).isEqualTo("WAITLISTED");
        mvc.perform(post("/manage/events/" + event + "/registrations/" + second + "/promote")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isConflict());
        mvc.perform(get("/manage/events/" + event + "/registrations").with(OFFICER))
                .andExpect(content().string(not(containsString("/registrations/" + second + "/promote"))));

        mvc.perform(post("/manage/events/" + event + "/registrations/" + first + "/decline")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        assertThat(seatsTaken(event)).isZero();
        mvc.perform(get("/manage/events/" + event + "/registrations").with(OFFICER))
                .andExpect(content().string(containsString("/registrations/" + second + "/promote")));
        mvc.perform(post("/manage/events/" + event + "/registrations/" + second + "/promote")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(event, second)).isEqualTo("CONFIRMED");
        assertThat(statusOf(event, first)).isEqualTo("DECLINED");
        assertThat(seatsTaken(event)).isEqualTo(1);
    }

    @Test
    void theListFiltersByStatusCountryGenderAndName() throws Exception {
        long event = event(null, false);
        String tajik = email("tajik");
        String kazakh = email("kazakh");
        register(event, tajik, "FEMALE", "TJK");
        register(event, kazakh, "MALE", "KAZ");
        String path = "/manage/events/" + event + "/registrations";
        mvc.perform(get(path).param("country", "TJK").with(OFFICER))
                .andExpect(content().string(containsString(tajik)))
                .andExpect(content().string(not(containsString(kazakh))))
                .andExpect(content().string(containsString("1–1 of 1")));
        mvc.perform(get(path).param("gender", "MALE").with(OFFICER))
                .andExpect(content().string(containsString(kazakh)))
                .andExpect(content().string(not(containsString(tajik))));
        mvc.perform(get(path)
                        .param("q", tajik.substring(0, 14).toUpperCase(Locale.ROOT))
                        .with(OFFICER))
                .andExpect(content().string(containsString(tajik)))
                .andExpect(content().string(not(containsString(kazakh))));
        mvc.perform(get(path).param("organisation", "ministry kaz").with(OFFICER))
                .andExpect(content().string(containsString(kazakh)))
                .andExpect(content().string(not(containsString(tajik))));
        mvc.perform(get(path).param("status", "WAITLISTED").with(OFFICER))
                .andExpect(content().string(containsString(text("event.manage.registrations.none"))));
        mvc.perform(get(path).param("q", "%' OR 1=1 --<script>").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.manage.registrations.none"))));
        mvc.perform(get(path).header("HX-Request", "true").with(OFFICER))
                .andExpect(content().string(containsString(tajik)))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aPartnerOfAnotherOrganisationNeitherListsNorDecides() throws Exception {
        long event = event(null, true);
        long registration = idOf(register(event, email("guarded"), "FEMALE", "TJK"));
        RequestPostProcessor outsider = SignedIn.as(6_001L, "outsider@example.org", 424_242L, Role.PARTNER);
        mvc.perform(get("/manage/events/" + event + "/registrations").with(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/events/" + event + "/registrations/" + registration + "/approve")
                        .with(csrf())
                        .with(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/check-in").with(outsider)).andExpect(status().isForbidden());
        assertThat(statusOf(event, registration)).isEqualTo("PENDING");
    }

    @Test
    void checkingInMarksTheDayWithOrWithoutHtmx() throws Exception {
        long event = event(null, false);
        String email = email("present");
        long registration = idOf(register(event, email, "FEMALE", "TJK"));
        String declinedEmail = email("declined");
        long declined = idOf(register(event, declinedEmail, "MALE", "TJK"));
        mvc.perform(post("/manage/events/" + event + "/registrations/" + declined + "/decline")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        String second = LocalDate.now().plusDays(2).toString();
        String path = "/manage/events/" + event + "/check-in";

        mvc.perform(get(path).param("day", second).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"registration-" + registration + "\"")))
                .andExpect(content().string(not(containsString("id=\"registration-" + declined + "\""))))
                .andExpect(content().string(containsString("aria-pressed=\"false\"")));
        mvc.perform(post(path + "/" + registration)
                        .param("day", second)
                        .param("attended", "true")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        String attended = mvc.perform(
                        get("/api/v1/events/" + event + "/registrations").with(OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<List<String>>read(attended, "$[?(@.id == " + registration + ")].days[0]"))
                .containsExactly(second);

        mvc.perform(post(path + "/" + registration)
                        .param("day", second)
                        .param("attended", "false")
                        .header("HX-Request", "true")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"registration-" + registration + "\"")))
                .andExpect(content().string(containsString("aria-pressed=\"false\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get(path)
                        .param("day", second)
                        .param("q", "nobody-like-this")
                        .with(OFFICER))
                .andExpect(content().string(not(containsString("id=\"registration-" + registration + "\""))));
        mvc.perform(post(path + "/" + registration)
                        .param("day", "2001-01-01")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(post(path + "/" + declined)
                        .param("day", second)
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isConflict());
    }
}
