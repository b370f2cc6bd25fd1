package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.moveTo;
import static org.vtprotect.event.EventFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The public event pages as a visitor without an account uses them: list, event page, registration. */
@IntegrationTest
class EventPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    String text(String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.ENGLISH));
    }

    /** An event starting tomorrow, so it comes first among upcoming events; published unless {@code draft}. */
    long event(String title, boolean draft) throws Exception {
        return eventFrom(eventJson(title, tomorrow(), tomorrow(), null), draft);
    }

    long eventFrom(String json, boolean draft) throws Exception {
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        if (!draft) {
            moveTo(mvc, id, "PUBLISHED");
        }
        return id;
    }

    static String tomorrow() {
        return LocalDate.now().plusDays(1).toString();
    }

    /** The form as a visitor fills it in; {@code fields} (name, value, ...) replace what they name. */
    static MockHttpServletRequestBuilder registration(long event, String email, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("givenName", "Amina");
        form.put("familyName", "Rahimova");
        form.put("email", email);
        form.put("organisationName", "Ministry of Interior " + email);
        form.put("organisationType", "MEMBER_STATE_GOVERNMENT");
        form.put("organisationCountry", "TJK");
        form.put("representedCountry", "TJK");
        form.put("gender", "UNDISCLOSED");
        form.put("role", "PARTICIPANT");
        form.put("consent", "true");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/events/" + event + "/register").with(csrf());
        form.forEach(request::param);
        return request;
    }

    static String email() {
        return "visitor." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    ResultActions registrationsOf(long event) throws Exception {
        return mvc.perform(get("/api/v1/events/" + event + "/registrations").with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    @Test
    void theListShowsAPublishedPublicEventButNeitherADraftNorAnInvitationOnlyEvent() throws Exception {
        String published = unique("Published workshop");
        String draft = unique("Draft workshop");
        String invitation = unique("Closed-door meeting");
        long id = event(published, false);
        event(draft, true);
        eventFrom(
                eventJson(invitation, tomorrow(), tomorrow(), null).replace("\"PUBLIC\"", "\"INVITATION_ONLY\""),
                false);

        mvc.perform(get("/events"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>" + text("event.list.title") + "</h1>")))
                .andExpect(content().string(containsString("href=\"/events/" + id + "\"")))
                .andExpect(content().string(containsString(published)))
                .andExpect(content().string(not(containsString(draft))))
                .andExpect(content().string(not(containsString(invitation))))
                .andExpect(content().string(containsString("href=\"/events\"")));

        mvc.perform(get("/events").param("type", "EXPERT_GROUP_MEETING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(published)));
        mvc.perform(get("/events").param("when", "past"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(published))));
        mvc.perform(get("/events").param("page", "100000"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("rel=\"next\""))))
                .andExpect(content().string(containsString("rel=\"prev\"")));
        mvc.perform(get("/events").param("type", "<script>").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void theEventPageShowsItsDetailsInTheReadersLanguageAndHidesDraftsAndInvitationOnlyEvents() throws Exception {
        String title = unique("Expert meeting");
        long id = event(title, false);
        long draft = event(unique("Draft"), true);
        long invitation = eventFrom(
                eventJson(unique("Invitation"), tomorrow(), tomorrow(), null)
                        .replace("\"PUBLIC\"", "\"INVITATION_ONLY\""),
                false);

        mvc.perform(get("/events/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("Vienna, Austria")))
                .andExpect(content().string(containsString("Europe/Vienna")))
                .andExpect(content().string(containsString("English, French")))
                .andExpect(content().string(containsString("Good practices")))
                .andExpect(content().string(containsString("href=\"/api/v1/events/" + id + "/calendar.ics\"")))
                .andExpect(content().string(containsString("href=\"/events/" + id + "/register\"")));
        mvc.perform(get("/events/" + id).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Autriche")))
                .andExpect(content().string(containsString("anglais, français")));

        for (long hidden : List.of(draft, invitation)) {
            mvc.perform(get("/events/" + hidden)).andExpect(status().isNotFound());
            mvc.perform(get("/events/" + hidden + "/register")).andExpect(status().isNotFound());
            mvc.perform(registration(hidden, email())).andExpect(status().isNotFound());
        }
        mvc.perform(get("/events/" + draft).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk());
        mvc.perform(get("/events/999999999")).andExpect(status().isNotFound());
    }

    @Test
    void aFormWithMistakesComesBackWithEachErrorBesideItsFieldAndWhatWasTyped() throws Exception {
        long id = event(unique("Training"), false);
        mvc.perform(get("/events/" + id + "/register"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"consent\"")))
                .andExpect(content().string(containsString(text("event.consent.text"))))
                .andExpect(content().string(containsString("value=\"UNDISCLOSED\" selected")));

        mvc.perform(registration(id, "not an address", "givenName", "  Zarina  ", "familyName", "", "consent", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#email\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString(text("event.registration.email.invalid"))))
                .andExpect(content().string(containsString("id=\"familyName-error\"")))
                .andExpect(content().string(containsString("id=\"consent-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"not an address\"")))
                .andExpect(content().string(containsString("value=\"  Zarina  \"")))
                .andExpect(content().string(containsString("value=\"TJK\" selected")));
        registrationsOf(id)
                .andExpect(result -> assertThat(
                                JsonPath.<List<?>>read(result.getResponse().getContentAsString(), "$"))
                        .isEmpty());
    }

    @Test
    void aRegistrationRedirectsToItsConfirmationAndIsRecordedOnceAndASecondTimeIsAnErrorOnTheEmail() throws Exception {
        long id = event(unique("Workshop"), false);
        String email = email();
        mvc.perform(registration(id, email, "needs", "Vegetarian meal"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/events/" + id + "/register/done"))
                .andExpect(flash().attribute("waitlisted", false));
        registrationsOf(id).andExpect(result -> {
            String json = result.getResponse().getContentAsString();
            assertThat(JsonPath.<List<?>>read(json, "$")).hasSize(1);
            assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("CONFIRMED");
            assertThat(JsonPath.<String>read(json, "$[0].representedCountryIso3"))
                    .isEqualTo("TJK");
        });
        mvc.perform(get("/events/" + id + "/register/done").flashAttr("waitlisted", false))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.registered.title"))))
                .andExpect(content().string(containsString("alert-success")));
        mvc.perform(get("/events/" + id + "/register/done"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.registered.mail"))))
                .andExpect(content().string(not(containsString("alert-success"))));

        mvc.perform(registration(id, email.toUpperCase(Locale.ROOT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString(text("event.registration.duplicate"))));
        registrationsOf(id)
                .andExpect(result -> assertThat(
                                JsonPath.<List<?>>read(result.getResponse().getContentAsString(), "$"))
                        .hasSize(1));
    }

    @Test
    void aFullEventPutsTheVisitorOnTheWaitingListAndSaysSo() throws Exception {
        long id = eventFrom(eventJson(unique("Small seminar"), tomorrow(), tomorrow(), 1), false);
        mvc.perform(registration(id, email())).andExpect(flash().attribute("waitlisted", false));
        mvc.perform(registration(id, email())).andExpect(flash().attribute("waitlisted", true));
        mvc.perform(get("/events/" + id + "/register/done").flashAttr("waitlisted", true))
                .andExpect(content().string(containsString("alert-warning")));
    }

    @Test
    void scriptTagsTypedIntoAnEventOrTheFormAreShownAsTextNeverRun() throws Exception {
        String title = "<script>alert('event')</script> " + unique("Meeting");
        long id = eventFrom(eventJson(title.replace("'", ""), tomorrow(), tomorrow(), null), false);
        for (String path : List.of("/events", "/events/" + id, "/events/" + id + "/register")) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert("))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(")));
        }
        mvc.perform(registration(id, "<script>x</script>", "givenName", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("value=\"&lt;script>alert(1)&lt;/script>\"")));
    }
}
