package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.directory.Organisations;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The organisers' list, the event editor, state changes and the agenda, as officers and partners use them. */
@IntegrationTest
class ManageEventPagesIntegrationTests {

    static final RequestPostProcessor OFFICER = SignedIn.as(Role.PROGRAMME_OFFICER);

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    Organisations organisations;

    /** A message as the page shows it: escaped as jte escapes text. */
    String text(String key, Object... args) {
        return escaped(messages.getMessage(key, args, Locale.ENGLISH));
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    /** The editor's form filled in for a public meeting in Vienna; {@code fields} (name, value...) replace. */
    static MockHttpServletRequestBuilder eventForm(String path, String title, String... fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("title", List.of(title));
        values.put("type", List.of("EXPERT_GROUP_MEETING"));
        values.put("startDate", List.of("2032-03-10"));
        values.put("endDate", List.of("2032-03-12"));
        values.put("timeZone", List.of("Europe/Vienna"));
        values.put("format", List.of("HYBRID"));
        values.put("venueCity", List.of("Vienna"));
        values.put("venueCountry", List.of("AUT"));
        values.put("onlineLink", List.of("https://meet.example.org/egm"));
        values.put("description", List.of("Good practices"));
        values.put("visibility", List.of("PUBLIC"));
        values.put("registrationOpens", List.of("2032-01-01"));
        values.put("registrationCloses", List.of("2032-03-01"));
        values.put("capacity", List.of("40"));
        values.put("themes", List.of("RISK_ASSESSMENT"));
        values.put("languages", List.of("en", "fr"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            values.put(fields[i], List.of(fields[i + 1]));
        }
        MockHttpServletRequestBuilder form = post(path).with(csrf());
        values.forEach((name, list) -> form.param(name, list.toArray(String[]::new)));
        return form;
    }

    long create(String title, RequestPostProcessor who, String... fields) throws Exception {
        String location = mvc.perform(eventForm("/manage/events", title, fields).with(who))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/manage/events/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    String api(long id) throws Exception {
        return mvc.perform(get("/api/v1/events/" + id).with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anOfficerCreatesAnEventWithEveryFieldAndFindsItInTheList() throws Exception {
        String title = unique("Expert group meeting on stadiums");
        long id = create(title, OFFICER, "approvalRequired", "true", "targetTypes", "MAJOR_EVENT");

        String json = api(id);
        assertThat(JsonPath.<String>read(json, "$.state")).isEqualTo("DRAFT");
        assertThat(JsonPath.<String>read(json, "$.timeZone")).isEqualTo("Europe/Vienna");
        assertThat(JsonPath.<String>read(json, "$.format")).isEqualTo("HYBRID");
        assertThat(JsonPath.<String>read(json, "$.onlineLink")).isEqualTo("https://meet.example.org/egm");
        assertThat(JsonPath.<Integer>read(json, "$.capacity")).isEqualTo(40);
        assertThat(JsonPath.<Boolean>read(json, "$.approvalRequired")).isTrue();
        assertThat(JsonPath.<List<String>>read(json, "$.languages")).containsExactly("en", "fr");
        assertThat(JsonPath.<List<String>>read(json, "$.targetTypes")).containsExactly("MAJOR_EVENT");
        assertThat(JsonPath.<String>read(json, "$.registrationCloses")).isEqualTo("2032-03-01");

        mvc.perform(get("/manage/events/" + id).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(text("event.state.DRAFT"))))
                .andExpect(content().string(containsString("href=\"/manage/events/" + id + "/registrations\"")))
                .andExpect(content().string(containsString("href=\"/manage/events/" + id + "/certificates\"")));
        mvc.perform(get("/manage/events")
                        .param("q", title.substring(title.length() - 8))
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/manage/events/" + id + "\"")))
                .andExpect(content().string(containsString("1–1 of 1")));
        mvc.perform(get("/manage/events")
                        .param("q", title)
                        .param("state", "PUBLISHED")
                        .with(OFFICER))
                .andExpect(content().string(not(containsString("href=\"/manage/events/" + id + "\""))));
        mvc.perform(get("/manage/events")
                        .param("q", title)
                        .param("year", "2032")
                        .param("type", "EXPERT_GROUP_MEETING")
                        .with(OFFICER)
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("href=\"/manage/events/" + id + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void errorsStandBesideTheFieldsAndWhatWasTypedIsKept() throws Exception {
        String hostile = "<script>alert(1)</script>' OR 1=1 --";
        mvc.perform(eventForm(
                                "/manage/events",
                                "",
                                "description",
                                hostile,
                                "endDate",
                                "2032-03-01",
                                "capacity",
                                "many",
                                "onlineLink",
                                "javascript:alert(1)")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString(text("event.endDate.beforeStart"))))
                .andExpect(content().string(containsString(text("event.capacity.invalid"))))
                .andExpect(content().string(containsString(text("event.onlineLink.invalid"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        String huge = "x".repeat(400);
        mvc.perform(eventForm("/manage/events", huge).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.title.tooLong"))));
    }

    @Test
    void eachStateChangeIsConfirmedFirst() throws Exception {
        String title = unique("Workshop");
        long id = create(title, OFFICER);
        mvc.perform(get("/events/" + id)).andExpect(status().isNotFound());

        mvc.perform(get("/manage/events/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.manage.state.question.PUBLISHED", title))))
                .andExpect(content().string(containsString("name=\"to\" value=\"PUBLISHED\"")));
        assertThat(JsonPath.<String>read(api(id), "$.state")).isEqualTo("DRAFT");
        mvc.perform(post("/manage/events/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/events/" + id)).andExpect(status().isOk());

        mvc.perform(get("/manage/events/" + id + "/state").param("to", "DRAFT").with(OFFICER))
                .andExpect(status().isConflict());
        mvc.perform(post("/manage/events/" + id + "/state")
                        .param("to", "CANCELLED")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/events/" + id).with(OFFICER))
                .andExpect(content().string(containsString(text("event.manage.overview.final"))));
        mvc.perform(post("/manage/events/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .with(csrf())
                        .with(OFFICER))
                .andExpect(status().isConflict());
    }

    @Test
    void aPartnerManagesTheEventsOfTheirOrganisationOnly() throws Exception {
        long mine = organisations
                .create(new Organisations.Details(unique("Partner agency"), null, "UN_ENTITY", null))
                .id();
        long other = organisations
                .create(new Organisations.Details(unique("Other agency"), null, "UN_ENTITY", null))
                .id();
        RequestPostProcessor partner = SignedIn.as(5_001L, "partner@example.org", mine, Role.PARTNER);
        RequestPostProcessor outsider = SignedIn.as(5_002L, "outsider@example.org", other, Role.PARTNER);
        String title = unique("Partner workshop");
        long id = create(title, partner);
        assertThat(JsonPath.<List<Integer>>read(api(id), "$.organiserIds")).contains((int) mine);

        mvc.perform(get("/manage/events").param("q", title).with(partner))
                .andExpect(content().string(containsString("href=\"/manage/events/" + id + "\"")));
        mvc.perform(get("/manage/events/" + id + "/edit").with(partner)).andExpect(status().isOk());
        mvc.perform(eventForm("/manage/events/" + id + "/edit", title + " renamed")
                        .with(partner))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/manage/events").param("q", title).with(outsider))
                .andExpect(content().string(not(containsString("href=\"/manage/events/" + id + "\""))));
        mvc.perform(get("/manage/events/" + id).with(outsider)).andExpect(status().isNotFound());
        mvc.perform(eventForm("/manage/events/" + id + "/edit", "Taken over").with(outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/events/" + id + "/state")
                        .param("to", "PUBLISHED")
                        .with(csrf())
                        .with(partner))
                .andExpect(status().is3xxRedirection());
        // published and public: the outsider sees it, but may not change it
        mvc.perform(get("/manage/events/" + id + "/edit").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/events").with(SignedIn.as(Role.EXPERT))).andExpect(status().isForbidden());
        assertThat(JsonPath.<String>read(api(id), "$.title")).isEqualTo(title + " renamed");
    }

    @Test
    void theAgendaTakesSessionsWithSpeakersChosenAmongTheRegistered() throws Exception {
        long id = create(unique("Training"), OFFICER);
        String email = "speaker." + unique("x").substring(2) + "@example.org";
        String registered = mvc.perform(post("/api/v1/events/" + id + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EventFixtures.registrationJson(email, "FEMALE", "Police academy", "KAZ", "KAZ"))
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long person = ((Number) JsonPath.read(registered, "$.personId")).longValue();

        mvc.perform(get("/manage/events/" + id + "/sessions/new").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + person + "\"")))
                .andExpect(content().string(containsString(email)));
        mvc.perform(post("/manage/events/" + id + "/sessions")
                        .with(csrf())
                        .with(OFFICER)
                        .param("day", "2032-03-15")
                        .param("startsAt", "10:00")
                        .param("endsAt", "09:00")
                        .param("title", "Opening")
                        .param("speakerIds", String.valueOf(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text("event.attendance.outside"))))
                .andExpect(content().string(containsString(text("event.session.endsAt.beforeStart"))))
                .andExpect(content().string(containsString("value=\"Opening\"")));
        mvc.perform(post("/manage/events/" + id + "/sessions")
                        .with(csrf())
                        .with(OFFICER)
                        .param("day", "2032-03-11")
                        .param("startsAt", "09:30")
                        .param("endsAt", "10:15")
                        .param("title", "Opening <b>session</b>")
                        .param("speakerIds", String.valueOf(person))
                        .param("moderatorId", String.valueOf(person)))
                .andExpect(status().is3xxRedirection());
        String overview = mvc.perform(get("/manage/events/" + id).with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overview)
                .contains("Opening &lt;b&gt;session&lt;/b&gt;")
                .contains("09:30–10:15")
                .contains("Amina Rahimova");
        String remove =
                overview.replaceAll("(?s).*action=\"(/manage/events/" + id + "/sessions/\\d+/delete)\".*", "$1");
        mvc.perform(post(remove).with(csrf()).with(OFFICER)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/events/" + id).with(OFFICER))
                .andExpect(content().string(containsString(text("event.manage.agenda.none"))));
    }
}
