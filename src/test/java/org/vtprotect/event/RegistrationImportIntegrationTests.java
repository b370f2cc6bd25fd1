package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.event.EventFixtures.registrationJson;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.directory.People;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** A registration import shows what it will do, row by row, before anything is stored; then imports in one go. */
@IntegrationTest
class RegistrationImportIntegrationTests {

    private static final String HEADER =
            "email,givenName,familyName,gender,role,organisation,organisationType,organisationCountry,representedCountry\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void thePreviewSaysWhatEachRowWouldDoAndADryRunStoresNothing() throws Exception {
        long other = EventFixtures.publishedEvent(mvc, "2032-02-01", "2032-02-01", null);
        long event = EventFixtures.publishedEvent(mvc, "2032-02-10", "2032-02-11", null);
        String known = address("known");
        String organisation = "Border Agency " + UUID.randomUUID();
        register(other, known, organisation);
        String there = address("there");
        register(event, there, organisation);
        String fresh = address("fresh");
        String csv = HEADER
                + fresh + ",Amina,Rahimova,FEMALE,SPEAKER,,,,TJK\n"
                + known.toUpperCase() + ",Ivan,Petrov,male,,"
                + organisation.toUpperCase() + ",,TJK,TJK\n"
                + ",No,Address,,,,,,\n"
                + address("c") + ",Bad,Country,,,,,,XXX\n"
                + address("g") + ",Bad,Gender,ROBOT,,,,,\n"
                + address("r") + ",Bad,Role,,KING,,,,\n"
                + fresh + ",Same,Again,,,,,,\n"
                + there + ",Already,There,,,,,,\n";
        String body = importFile(event, "list.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.matched").value(1))
                .andExpect(jsonPath("$.rejected").value(6))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outcome(body, 2)).isEqualTo("CREATED");
        assertThat(outcome(body, 3)).isEqualTo("MATCHED");
        assertThat(JsonPath.<List<String>>read(body, "$.rows[?(@.row == 3)].organisationOutcome"))
                .containsExactly("MATCHED");
        assertThat(reason(body, 4)).isEqualTo("EMAIL_MISSING");
        assertThat(reason(body, 5)).isEqualTo("COUNTRY_UNKNOWN");
        assertThat(reason(body, 6)).isEqualTo("GENDER_UNKNOWN");
        assertThat(reason(body, 7)).isEqualTo("ROLE_UNKNOWN");
        assertThat(reason(body, 8)).isEqualTo("DUPLICATE_IN_FILE");
        assertThat(reason(body, 9)).isEqualTo("ALREADY_REGISTERED");

        assertThat(people.findByEmail(fresh)).isEmpty();
        registrations(event).andExpect(jsonPath("$.length()").value(1));

        importFile(event, "list.csv", csv.getBytes(StandardCharsets.UTF_8), false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejected").value(6));
        registrations(event).andExpect(jsonPath("$.length()").value(3));
        assertThat(people.findByEmail(fresh)).isPresent();
    }

    @Test
    void theOrganiserChecksThePreviewPageThenImportsItAndEachRowIsCheckedAgain() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-03-10", "2032-03-10", null);
        String first = address("first");
        String second = address("second");
        String csv = "email,givenName,familyName\n" + first
                + ",<script>alert(1)</script>,Robert'); DROP TABLE registration;--\n" + second + ",Lola,Martin\n";
        String preview = mvc.perform(multipart("/manage/events/" + event + "/import")
                        .file(new MockMultipartFile(
                                "file", "list.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith("/manage/events/" + event + "/import/");
        mvc.perform(get(preview).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("&lt;script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)"))));
        // someone else may not see nor import this organiser's preview
        mvc.perform(get(preview).with(SignedIn.as(77L, "other@example.org", null, Role.PROGRAMME_OFFICER)))
                .andExpect(status().isNotFound());
        registrations(event).andExpect(jsonPath("$.length()").value(0));

        // the second person registers between the preview and the import
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(second, "FEMALE", "Office " + UUID.randomUUID(), "FRA", "FRA")))
                .andExpect(status().isCreated());
        mvc.perform(post(preview).with(csrf()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().is3xxRedirection());
        registrations(event).andExpect(jsonPath("$.length()").value(2));
        // a preview is imported once
        mvc.perform(post(preview).with(csrf()).with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anXlsxWorkbookIsReadLikeACsvFile() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-04-10", "2032-04-10", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("People");
            Row header = sheet.createRow(0);
            String[] names = {"Email", "Given name", "Family name", "Gender"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(address("xlsx"));
            row.createCell(1).setCellValue("Олег");
            row.createCell(2).setCellValue("Иванов");
            row.createCell(3).setCellValue("UNDISCLOSED");
            book.write(out);
        }
        importFile(event, "people.xlsx", out.toByteArray(), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.rows[0].givenName").value("Олег"));
    }

    @Test
    void hostileFilesGetAClearAnswer() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-05-10", "2032-05-10", null);
        importFile(event, "empty.csv", new byte[0], true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        importFile(
                        event,
                        "latin1.csv",
                        "email,givenName\nx@example.org,Hélène\n".getBytes(StandardCharsets.ISO_8859_1),
                        true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("UTF-8")));
        importFile(
                        event,
                        "broken.xlsx",
                        "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1),
                        true)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        importFile(event, "header.csv", "email,givenName\n".getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isBadRequest());

        StringBuilder many = new StringBuilder("email,givenName,familyName\n");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10_000; i++) {
            many.append("p").append(i).append('.').append(batch).append("@example.org,=HYPERLINK(\"x\"),@SUM(1)\n");
        }
        long start = System.nanoTime();
        importFile(event, "many.csv", many.toString().getBytes(StandardCharsets.UTF_8), true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(10_000));
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(120);
        registrations(event).andExpect(jsonPath("$.length()").value(0));

        mvc.perform(multipart("/manage/events/" + event + "/import")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(csrf())
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("error-summary")));
    }

    @Test
    void attendanceFromAFileAddsTheDaysOfThoseRegistered() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-06-10", "2032-06-12", null);
        String email = address("present");
        register(event, email, "Ministry " + UUID.randomUUID());
        String csv = "email,day\n" + email + ",2032-06-10\n" + email.toUpperCase() + ",2032-06-12\n"
                + address("stranger") + ",2032-06-10\n" + email + ",2032-07-01\n" + email + ",tomorrow\n";
        mvc.perform(multipart("/api/v1/events/" + event + "/attendance/import")
                        .file(new MockMultipartFile(
                                "file", "days.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recorded").value(2))
                .andExpect(jsonPath("$.rejected[*].reason")
                        .value(Matchers.contains("NOT_REGISTERED", "DAY_OUTSIDE", "DAY_INVALID")));
        registrations(event).andExpect(jsonPath("$[0].days").value(Matchers.contains("2032-06-10", "2032-06-12")));
    }

    @Test
    void onlyTheEventsOrganisersImport() throws Exception {
        long event = EventFixtures.publishedEvent(mvc, "2032-07-10", "2032-07-10", null);
        byte[] csv = ("email\n" + address("z") + "\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/events/" + event + "/registrations/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
                        .with(SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/events/" + event + "/registrations/import")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", csv))
                        .with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/import")
                        .with(SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER)))
                .andExpect(status().isForbidden());
    }

    private ResultActions importFile(long event, String name, byte[] content, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/events/" + event + "/registrations/import?dryRun=" + dryRun)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    private ResultActions registrations(long event) throws Exception {
        return mvc.perform(get("/api/v1/events/" + event + "/registrations").with(SignedIn.as(Role.PROGRAMME_OFFICER)));
    }

    private void register(long event, String email, String organisation) throws Exception {
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(registrationJson(email, "MALE", organisation, "TJK", "TJK")))
                .andExpect(status().isCreated());
    }

    private static String outcome(String body, int row) {
        return JsonPath.<List<String>>read(body, "$.rows[?(@.row == " + row + ")].outcome")
                .get(0);
    }

    private static String reason(String body, int row) {
        return JsonPath.<List<String>>read(body, "$.rows[?(@.row == " + row + ")].reason")
                .get(0);
    }

    private static String address(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
