package org.vtprotect.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.vtprotect.account.internal.AuditEventRepository;
import org.vtprotect.library.internal.BlobRepository;
import org.vtprotect.library.internal.Zips;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;

/**
 * Bulk imports through the API with archives of real files: good files go in and are found, each
 * bad one is reported with a translated reason and leaves nothing behind, and unsafe archives are
 * refused whole before anything is stored.
 */
@org.vtprotect.support.IntegrationTest
class ImportApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BlobRepository blobs;

    @Autowired
    AuditEventRepository audit;

    @Test
    void goodFilesGoInAndAreFoundWhileEachBadOneIsReportedWithItsReasonAndLeavesNothing() throws Exception {
        String batch = "Batch" + UUID.randomUUID().toString().substring(0, 8);
        byte[] pptx = LibraryFixtures.bytes("en-uas-briefing.pptx");
        byte[] russian = LibraryFixtures.bytes("ru-crowded-places.html");
        byte[] chinese = LibraryFixtures.bytes("zh-drones.html");
        String manifest = "file,title,language,publicationYear,targetTypes,themes,accessLevel,countries\n"
                + "en-uas-briefing.pptx," + batch + " drones briefing,,2021,TOURIST_VENUE,,PUBLIC,TJK;UZB\n"
                + "guides/ru-crowded-places.html,\"" + batch + " места, \"\"массовые\"\"\",ru,,,,PUBLIC,\n"
                + "zh-drones.html," + batch + " drones zh,zh,,NOT_A_CODE,,PUBLIC,\n"
                + "encrypted.pdf," + batch + " encrypted,en,,,,PUBLIC,\n"
                + "executable.pdf," + batch + " program,en,,,,PUBLIC,\n"
                + "copy/briefing.pptx," + batch + " copy,en,,,,PUBLIC,\n"
                + "nested.zip," + batch + " nested,en,,,,PUBLIC,\n"
                + "missing.pdf," + batch + " missing,en,,,,PUBLIC,\n";
        byte[] zip = Zips.of()
                .add("manifest.csv", manifest)
                .add("en-uas-briefing.pptx", pptx)
                .add("guides/ru-crowded-places.html", russian)
                .add("zh-drones.html", chinese)
                .add("encrypted.pdf", LibraryFixtures.bytes("encrypted.pdf"))
                .add("executable.pdf", LibraryFixtures.bytes("executable.pdf"))
                .add("copy/briefing.pptx", pptx)
                .add("nested.zip", Zips.of().add("inner.txt", "inner " + batch).bytes())
                .add("no-row.txt", "a file nobody described " + batch)
                .bytes();

        long id = Imports.started(mvc, zip);
        String json = Imports.over(mvc, id, "fr");

        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("FINISHED");
        assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(9);
        assertThat((Integer) JsonPath.read(json, "$.done")).isEqualTo(9);
        Map<String, Integer> imported = JsonPath.<List<Map<String, Object>>>read(json, "$.imported").stream()
                .collect(Collectors.toMap(i -> (String) i.get("file"), i -> ((Number) i.get("documentId")).intValue()));
        assertThat(imported).containsOnlyKeys("en-uas-briefing.pptx", "guides/ru-crowded-places.html");
        Map<String, String> failed = JsonPath.<List<Map<String, Object>>>read(json, "$.failed").stream()
                .collect(Collectors.toMap(f -> (String) f.get("file"), f -> (String) f.get("reason")));
        assertThat(failed)
                .containsOnlyKeys(
                        "zh-drones.html",
                        "encrypted.pdf",
                        "executable.pdf",
                        "copy/briefing.pptx",
                        "nested.zip",
                        "no-row.txt",
                        "missing.pdf");
        assertThat(failed.get("zh-drones.html")).startsWith("Colonne targetTypes");
        assertThat(failed.get("encrypted.pdf")).contains("mot de passe");
        assertThat(failed.get("executable.pdf")).contains("type de fichier");
        assertThat(failed.get("nested.zip")).contains("type de fichier");
        assertThat(failed.get("copy/briefing.pptx"))
                .contains(String.valueOf(imported.get("en-uas-briefing.pptx")))
                .contains(batch + " drones briefing");
        assertThat(failed.get("no-row.txt")).contains("pas de ligne");
        assertThat(failed.get("missing.pdf")).contains("pas de fichier");

        // the slides are found by a word of their text, the Russian page by its title, nothing else of the batch
        mvc.perform(get("/api/v1/library/search?q=heliograph"))
                .andExpect(jsonPath("$.items[*].id", hasItem(imported.get("en-uas-briefing.pptx"))));
        mvc.perform(get("/api/v1/library/search?q=" + batch))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/library/documents/" + imported.get("en-uas-briefing.pptx")))
                .andExpect(jsonPath("$.contentType")
                        .value("application/vnd.openxmlformats-officedocument.presentationml.presentation"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.countries[0]").value("TJK"))
                .andExpect(jsonPath("$.publicationYear").value(2021));
        mvc.perform(get("/api/v1/library/documents/" + imported.get("guides/ru-crowded-places.html")))
                .andExpect(jsonPath("$.title").value(batch + " места, \"массовые\""))
                .andExpect(jsonPath("$.fileName").value("ru-crowded-places.html"));
        // a refused file leaves no blob behind
        assertThat(blobs.existsById(sha256(chinese))).isFalse();
        assertThat(blobs.existsById(sha256(LibraryFixtures.bytes("encrypted.pdf"))))
                .isFalse();

        mvc.perform(get("/api/v1/library/imports?size=200").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        assertThat(audit.filter(LibraryImports.AUDIT_STARTED, "someone@example.org", PageRequest.of(0, 200))
                        .getContent())
                .anySatisfy(e -> {
                    assertThat(e.target()).isEqualTo("library import " + id);
                    assertThat(e.detail()).isEqualTo("batch.zip: 9 files");
                });
    }

    @Test
    void unsafeArchivesAreRefusedWholeBeforeAnythingIsStored() throws Exception {
        byte[] good = ("a good file " + UUID.randomUUID()).getBytes();
        String manifest = "file,title,accessLevel\ngood.txt,Good,PUBLIC\n";
        long before = imports();

        Imports.start(
                        mvc,
                        Zips.of()
                                .add("manifest.csv", manifest)
                                .add("good.txt", good)
                                .add("../../etc/cron.d/x", "x")
                                .bytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail", containsString("../../etc/cron.d/x")));
        Imports.start(
                        mvc,
                        Zips.of()
                                .add("manifest.csv", manifest)
                                .add("good.txt", good)
                                .add("..\\evil.txt", "x")
                                .bytes())
                .andExpect(status().isUnprocessableContent());
        Imports.start(mvc, Zips.zeros("good.txt", 200, manifest))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("ZIP")));
        Imports.start(mvc, Zips.of().bytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("empty")));
        Imports.start(mvc, Zips.of().add("good.txt", good).bytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("manifest.csv")));
        Imports.start(
                        mvc,
                        Zips.of()
                                .add("manifest.csv", "file,title,colour\n")
                                .add("good.txt", good)
                                .bytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("colour")));
        Imports.start(mvc, LibraryFixtures.bytes("en-religious-sites.pdf"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart("/api/v1/library/imports").with(SignedIn.as(Role.PROGRAMME_OFFICER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("archive"));

        assertThat(imports()).isEqualTo(before);
        assertThat(blobs.existsById(sha256(good))).isFalse();
    }

    @Test
    void onlyProgrammeStaffStartAndFollowImports() throws Exception {
        byte[] zip = Zips.of()
                .add("manifest.csv", "file,title,accessLevel\nx.txt,X,PUBLIC\n")
                .add("x.txt", "x " + UUID.randomUUID())
                .bytes();
        mvc.perform(multipart("/api/v1/library/imports").file(Imports.archive(zip)))
                .andExpect(status().isUnauthorized());
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR}) {
            mvc.perform(multipart("/api/v1/library/imports")
                            .file(Imports.archive(zip))
                            .with(SignedIn.as(role)))
                    .andExpect(status().isForbidden());
        }
        long id = Imports.started(mvc, zip);
        mvc.perform(get("/api/v1/library/imports/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/library/imports/" + id).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/library/imports/987654321").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/library/imports?size=201").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/library/imports?page=-1").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isBadRequest());
        assertThat((String) JsonPath.read(Imports.over(mvc, id, "en"), "$.state"))
                .isEqualTo("FINISHED");
    }

    private long imports() throws Exception {
        String json = mvc.perform(get("/api/v1/library/imports").with(SignedIn.as(Role.ADMINISTRATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(json, "$.totalItems")).longValue();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
