package org.vtprotect.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

/** The participants list names only those who agreed to be listed, in CSV, XLSX and PDF alike, and CSV runs no formula. */
@IntegrationTest
class ExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    private long event;
    private final String listed = "Смирнова-" + UUID.randomUUID().toString().substring(0, 6);
    private final String hidden = "Hidden-" + UUID.randomUUID().toString().substring(0, 6);
    private final String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    @BeforeEach
    void threeRegistrations() throws Exception {
        event = EventFixtures.publishedEvent(mvc, "2032-09-01", "2032-09-02", null);
        register(listed, "Мария", "وزارة الداخلية", true);
        register(hidden, "Paul", "Hidden Office", false);
        register("Zed", formula, "+SUM(A1:A9)", true);
    }

    @Test
    void theCsvListsOnlyThoseWhoAgreedAndNeutralisesFormulas() throws Exception {
        byte[] csv = download("csv", "text/csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(listed).contains("Мария").contains("وزارة الداخلية");
        assertThat(text).doesNotContain(hidden).doesNotContain("Hidden Office").doesNotContain("@example.org");
        assertThat(text).contains("\"'=HYPERLINK(").contains("'+SUM(A1:A9)");
        assertThat(text.lines().filter(l -> !l.isBlank())).hasSize(3);
    }

    @Test
    void theWorkbookListsOnlyThoseWhoAgreedAsPlainText() throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", "application/vnd")))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
            }
        }
        assertThat(cells).contains(listed, "Мария", "وزارة الداخلية", formula).doesNotContain(hidden, "Hidden Office");
    }

    @Test
    void thePdfListsOnlyThoseWhoAgreed() throws Exception {
        byte[] pdf = download("pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(listed).contains("Мария").doesNotContain(hidden);
        }
        mvc.perform(get("/manage/events/" + event + "/exports").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/events/" + event + "/calendar.ics")));
    }

    @Test
    void onlyTheEventsOrganisersExport() throws Exception {
        mvc.perform(get("/manage/events/" + event + "/exports/participants.csv")
                        .with(SignedIn.as(4242L, "partner@example.org", 987_654_321L, Role.PARTNER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/exports/participants.pdf").with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/events/" + event + "/exports/participants.xlsx"))
                .andExpect(status().is3xxRedirection());
    }

    private byte[] download(String extension, String type) throws Exception {
        return mvc.perform(get("/manage/events/" + event + "/exports/participants." + extension)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith(type)))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private void register(String familyName, String givenName, String organisation, boolean listedToo)
            throws Exception {
        String email = "p." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/api/v1/events/" + event + "/registrations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"givenName":%s,"familyName":%s,"email":"%s","gender":"FEMALE",
                                 "organisation":{"name":%s,"type":"MEMBER_STATE_GOVERNMENT","countryIso3":"KAZ"},
                                 "representedCountryIso3":"KAZ","consent":true,"listed":%s}
                                """.formatted(json(givenName), json(familyName), email, json(organisation), listedToo)))
                .andExpect(status().isCreated());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
