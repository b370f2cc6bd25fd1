package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.eventJson;
import static org.vtprotect.event.EventFixtures.idOf;
import static org.vtprotect.event.EventFixtures.moveTo;
import static org.vtprotect.event.EventFixtures.registrationJson;
import static org.vtprotect.event.EventFixtures.unique;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/**
 * The statistics pages: every figure links to the records it counts, and the list is exactly as
 * long as the figure, for one event and for a period; the exports carry the same numbers.
 */
@IntegrationTest
class ManageStatisticsIntegrationTests {

    static final RequestPostProcessor OFFICER = SignedIn.as(Role.PROGRAMME_OFFICER);
    static final List<String> FIGURES =
            List.of("registered", "attended", "participants", "entities", "memberStates", "observerStates");
    static final Pattern COUNT = Pattern.compile("role=\"status\">[^<]* of ([\\d,]+)</p>");

    @Autowired
    MockMvc mvc;

    long first;
    long second;
    String year;

    /**
     * Two events of a year of their own: a person attends both, a declined registration and one
     * without attendance, an observer State (PSE) and a Member State (TJK) twice.
     */
    @BeforeEach
    void twoEvents() throws Exception {
        year = String.valueOf(2100 + (int) (Math.random() * 90));
        first = event(year + "-05-10");
        second = event(year + "-09-20");
        String shared = email("shared");
        attend(first, register(first, shared, "FEMALE", "TJK"));
        attend(second, register(second, shared, "FEMALE", "TJK"));
        attend(first, register(first, email("observer"), "MALE", "PSE"));
        register(first, email("absent"), "UNDISCLOSED", "KAZ");
        long declined = register(second, email("declined"), "MALE", "UZB");
        attend(second, declined);
        mvc.perform(
                        post("/manage/events/" + second + "/registrations/" + declined + "/decline")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(OFFICER))
                .andExpect(status().is3xxRedirection());
    }

    long event(String day) throws Exception {
        long id = idOf(mvc.perform(post("/api/v1/events")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson(unique("Statistics meeting"), day, day, null)
                                .replace("\"themes\":[]", "\"themes\":[\"RISK_ASSESSMENT\"]"))
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
        moveTo(mvc, id, "PUBLISHED");
        return id;
    }

    long register(long event, String email, String gender, String country) throws Exception {
        return idOf(mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(email, gender, "Agency " + country, "AUT", country))
                        .with(OFFICER))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    void attend(long event, long registration) throws Exception {
        String day = JsonPath.read(
                mvc.perform(get("/api/v1/events/" + event).with(OFFICER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.startDate");
        mvc.perform(put("/api/v1/events/" + event + "/registrations/" + registration + "/attendance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"days\":[\"" + day + "\"]}")
                        .with(OFFICER))
                .andExpect(status().isOk());
    }

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    Map<String, Object> figures(String api) throws Exception {
        return JsonPath.read(page(api), "$");
    }

    static long listed(String records) {
        Matcher count = COUNT.matcher(records);
        assertThat(count.find()).as("the records page shows a count").isTrue();
        return Long.parseLong(count.group(1).replace(",", ""));
    }

    @Test
    void eachFigureOfAnEventLinksToAsManyRecordsAsItCounts() throws Exception {
        Map<String, Object> figures = figures("/api/v1/events/" + first + "/statistics");
        assertThat(figures).containsEntry("registered", 3).containsEntry("attended", 2);
        assertThat(figures).containsEntry("memberStates", 1).containsEntry("observerStates", 1);
        String statistics = page("/manage/events/" + first + "/statistics");
        for (String figure : FIGURES) {
            String link = "/manage/events/" + first + "/statistics/records?figure=" + figure;
            assertThat(statistics).contains("href=\"" + link + "\"");
            String records = page(link);
            assertThat(listed(records)).as(figure).isEqualTo(((Number) figures.get(figure)).longValue());
        }
        assertThat(page("/manage/events/" + first + "/statistics/records?figure=observerStates"))
                .contains("PSE");
        assertThat(page("/manage/events/" + first + "/statistics/records?figure=registered"))
                .contains("absent.");
        assertThat(page("/manage/events/" + first + "/statistics/records?figure=attended"))
                .doesNotContain("absent.");
    }

    @Test
    void aPeriodsFiguresLinkToTheirRecordsAndADeclinedRegistrationNeverCounts() throws Exception {
        String filters = "from=" + year + "-01-01&to=" + year + "-12-31&theme=RISK_ASSESSMENT";
        Map<String, Object> figures =
                figures("/api/v1/statistics/events?from=" + year + "-01-01&to=" + year + "-12-31");
        String statistics = page("/manage/statistics/events?" + filters);
        for (String figure : FIGURES) {
            String link =
                    "/manage/statistics/events/records?figure=" + figure + "&amp;" + filters.replace("&", "&amp;");
            assertThat(statistics).contains("href=\"" + link + "\"");
            Matcher value = Pattern.compile(
                            Pattern.quote("href=\"" + link + "\"") + " aria-label=\"[^\"]*\">([\\d,]+)</a>")
                    .matcher(statistics);
            assertThat(value.find()).as(figure).isTrue();
            long listed = listed(page("/manage/statistics/events/records?figure=" + figure + "&" + filters));
            assertThat(listed)
                    .as(figure)
                    .isEqualTo(Long.parseLong(value.group(1).replace(",", "")));
            assertThat(listed).as(figure).isGreaterThan(0);
        }
        // the shared person attended both events: one participant, two attendances; the declined one is out
        long participants = listed(page("/manage/statistics/events/records?figure=participants&" + filters));
        long attended = listed(page("/manage/statistics/events/records?figure=attended&" + filters));
        assertThat(attended - participants).isGreaterThanOrEqualTo(1);
        assertThat(page("/manage/statistics/events/records?figure=registered&" + filters))
                .doesNotContain("declined.");
        assertThat(((Number) figures.get("participants")).longValue()).isGreaterThanOrEqualTo(participants);
    }

    @Test
    void theExportsCarryTheSameNumbers() throws Exception {
        String csv = new String(
                mvc.perform(get("/manage/events/" + first + "/statistics/export?format=csv")
                                .with(OFFICER))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Participants\",\"2\"").contains("\"Observer States\",\"1\"");
        byte[] xlsx = mvc.perform(get("/manage/events/" + first + "/statistics/export?format=xlsx")
                        .with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if ("Registered".equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        mvc.perform(get("/manage/events/" + first + "/statistics/export?format=pdf")
                        .with(OFFICER))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/manage/statistics/events/export?format=csv&from=" + year + "-01-01")
                        .with(OFFICER))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongFilterIsNamedBesideItsFieldAndOthersMayNotLook() throws Exception {
        assertThat(page("/manage/statistics/events?from=yesterday&region=<script>"))
                .contains("id=\"from-error\"")
                .contains("id=\"region-error\"")
                .doesNotContain("<script>");
        mvc.perform(get("/manage/statistics/events").with(SignedIn.as(Role.PARTNER)))
                .andExpect(status().isForbidden());
        RequestPostProcessor outsider = SignedIn.as(7_001L, "o@example.org", 434_343L, Role.PARTNER);
        mvc.perform(get("/manage/events/" + first + "/statistics").with(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + first + "/statistics/records?figure=participants")
                        .with(outsider))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + first + "/statistics/records?figure=everything")
                        .with(OFFICER))
                .andExpect(status().isBadRequest());
    }
}
