package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.unique;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class CalendarApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anEventsCalendarIsValidWithUidStampAndTimeZone() throws Exception {
        String title = unique("Protection of Urban Centres; Touristic Venues, \"and\" a long title that needs folding"
                + " because it is longer than seventy-five octets — Ünïcödé 保护");
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(title.replace("\"", "\\\""), "2031-06-15", "2031-06-16", null))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(get("/api/v1/events/" + id + "/calendar.ics")).andExpect(status().isNotFound());
        EventFixtures.moveTo(mvc, id, "PUBLISHED");

        byte[] file = mvc.perform(get("/api/v1/events/" + id + "/calendar.ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Calendar calendar = CalendarFiles.parseValid(file);
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("event-" + id + "@localhost");
        assertThat(event.getDateTimeStamp()).isNotNull();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20310615");
        assertThat(event.getDateTimeEnd().getValue()).isEqualTo("20310617");
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Vienna");
    }

    @Test
    void theFeedHoldsPublicEventsOnly() throws Exception {
        String hidden = unique("Invitation only");
        mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(hidden, "2031-06-15", "2031-06-16", null)
                                .replace("PUBLIC", "INVITATION_ONLY"))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isCreated());
        long shown = EventFixtures.publishedEvent(mvc, "2031-09-01", "2031-09-01", null);
        String feed = mvc.perform(get("/api/v1/events/calendar.ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar calendar = CalendarFiles.parseValid(feed);
        assertThat(calendar.getComponents("VEVENT"))
                .extracting(c -> ((VEvent) c).getUid().orElseThrow().getValue())
                .contains("event-" + shown + "@localhost");
        assertThat(feed).doesNotContain(hidden);
    }
}
