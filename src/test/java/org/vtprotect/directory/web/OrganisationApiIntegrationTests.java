package org.vtprotect.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.platform.Role;
import org.vtprotect.support.IntegrationTest;
import org.vtprotect.support.SignedIn;

@IntegrationTest
class OrganisationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void staffCreateAnOrganisationAndAnyoneSignedInReadsIt() throws Exception {
        String name = "Ministry of Internal Affairs " + unique();
        String location = create(name, "MIA", "MEMBER_STATE_GOVERNMENT", "tjk")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.acronym").value("MIA"))
                .andExpect(jsonPath("$.type").value("MEMBER_STATE_GOVERNMENT"))
                .andExpect(jsonPath("$.countryIso3").value("TJK"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).matches("/api/v1/organisations/\\d+");

        mvc.perform(get(location).with(SignedIn.as(Role.EXPERT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.countryIso3").value("TJK"));
    }

    @Test
    void unknownTypeAndCountryAreNamedFieldErrors() throws Exception {
        create("Some office " + unique(), null, "SPACE_AGENCY", "XYZ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("countryIso3")))
                .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @Test
    void blankOrOverlongNameIsAFieldError() throws Exception {
        create("   ", null, "UN_ENTITY", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        create("x".repeat(301), "y".repeat(41), "UN_ENTITY", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("acronym")));
        create("Null\u0000byte " + unique(), null, "UN_ENTITY", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    }

    @Test
    void onlyInternationalOrganisationsMayOmitTheCountry() throws Exception {
        create("Regional Police Network " + unique(), null, "REGIONAL_ORGANISATION", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.countryIso3").isEmpty());
        create("City Hall " + unique(), null, "LOCAL_GOVERNMENT", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("countryIso3")));
    }

    @Test
    void theSameNameInAnotherCaseAndSpacingIsAConflictNamingTheExistingOne() throws Exception {
        String suffix = unique();
        String id = id(create("Togo Police Academy " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TGO"));
        create("  togo   POLICE academy " + suffix.toUpperCase() + " ", null, "MEMBER_STATE_GOVERNMENT", "tgo")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("Togo Police Academy " + suffix)))
                .andExpect(jsonPath("$.detail", containsString(id)));
        // the same name in another country is another entity
        create("Togo Police Academy " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TUN")
                .andExpect(status().isCreated());
    }

    @Test
    void staffCorrectAnOrganisationButMayNotMakeItADuplicate() throws Exception {
        String suffix = unique();
        String first = id(create("Tunis Municipality " + suffix, null, "LOCAL_GOVERNMENT", "TUN"));
        String second = id(create("Sfax Municipality " + suffix, null, "LOCAL_GOVERNMENT", "TUN"));
        mvc.perform(put("/api/v1/organisations/" + second)
                        .with(SignedIn.as(Role.PROGRAMME_OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Sfax City " + suffix, "SC", "LOCAL_GOVERNMENT", "TUN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Sfax City " + suffix))
                .andExpect(jsonPath("$.acronym").value("SC"));
        mvc.perform(put("/api/v1/organisations/" + second)
                        .with(SignedIn.as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("TUNIS municipality " + suffix, null, "LOCAL_GOVERNMENT", "TUN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString(first)));
        mvc.perform(put("/api/v1/organisations/" + first)
                        .with(SignedIn.as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Tunis  Municipality " + suffix, "TM", "LOCAL_GOVERNMENT", "TUN")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/organisations/987654321")
                        .with(SignedIn.as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Anything", null, "UN_ENTITY", null)))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchIgnoresCaseAndAccentsAndFindsAcronyms() throws Exception {
        String suffix = unique();
        create("Société Générale de Sécurité " + suffix, "SGS" + suffix, "PRIVATE_SECTOR", "TUN");
        create("Sécurité Civile " + suffix, null, "MEMBER_STATE_GOVERNMENT", "TGO");
        create("Academy of Sciences " + suffix, null, "ACADEMIA", "TJK");

        search("q=securite " + suffix)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                // sorted by name
                .andExpect(jsonPath("$.items[0].name").value("Sécurité Civile " + suffix))
                .andExpect(jsonPath("$.items[1].name").value("Société Générale de Sécurité " + suffix));
        search("q=SGS" + suffix.toUpperCase())
                .andExpect(jsonPath("$.totalItems").value(1));
        search("q=" + suffix + "&type=ACADEMIA")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].countryIso3").value("TJK"));
        search("q=" + suffix + "&country=tgo")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].type").value("MEMBER_STATE_GOVERNMENT"));
    }

    @Test
    void sqlAndWildcardsInTheSearchAreJustText() throws Exception {
        String suffix = unique();
        create("Percent 100% Office " + suffix, null, "OTHER", "TUN");
        create("Percent 1000 Office " + suffix, null, "OTHER", "TUN");
        search("q=100% Office " + suffix)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1));
        search("q=' OR '1'='1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        search("q=_%")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        search("q=x'); DROP TABLE organisation; --").andExpect(status().isOk());
        search("q=" + suffix).andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void listsPageByPageWithinBounds() throws Exception {
        String suffix = unique();
        for (int i = 1; i <= 3; i++) {
            create("Paged Body " + i + " " + suffix, null, "CIVIL_SOCIETY", "TJK");
        }
        String json = search("q=" + suffix + "&size=2&page=1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].name").value("Paged Body 3 " + suffix))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Map<String, Object> body = JsonPath.read(json, "$");
        assertThat(body).containsOnlyKeys("items", "page", "size", "totalItems");
        search("size=200")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(200));
        search("")
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20));

        for (String bad :
                List.of("size=201", "size=0", "size=-5", "page=-1", "page=abc", "size=1e3", "page=999999999")) {
            search(bad)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(bad.substring(0, bad.indexOf('='))));
        }
        search("type=NOT_A_TYPE")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        search("country=ZZZ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"));
    }

    @Test
    void onlyStaffRecordOrganisations() throws Exception {
        for (Role role : List.of(Role.EXPERT, Role.PARTNER, Role.FOCAL_POINT, Role.SITE_OPERATOR)) {
            mvc.perform(post("/api/v1/organisations")
                            .with(SignedIn.as(role))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body("Not allowed " + unique(), null, "UN_ENTITY", null)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(get("/api/v1/organisations").with(SignedIn.as(role))).andExpect(status().isOk());
        }
        mvc.perform(put("/api/v1/organisations/1")
                        .with(SignedIn.as(Role.EXPERT))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Not allowed", null, "UN_ENTITY", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations/1")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/organisations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Anonymous", null, "UN_ENTITY", null)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
    }

    @Test
    void unknownOrganisationIsA404AndMalformedBodyA400() throws Exception {
        mvc.perform(get("/api/v1/organisations/987654321").with(SignedIn.as(Role.PARTNER)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/organisations")
                        .with(SignedIn.as(Role.ADMINISTRATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": [1, 2"))
                .andExpect(status().isBadRequest());
    }

    private ResultActions create(String name, String acronym, String type, String country) throws Exception {
        return mvc.perform(post("/api/v1/organisations")
                .with(SignedIn.as(Role.PROGRAMME_OFFICER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(name, acronym, type, country)));
    }

    private ResultActions search(String query) throws Exception {
        var request = get("/api/v1/organisations").with(SignedIn.as(Role.EXPERT));
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request.param(parts[0], parts[1]);
        }
        return mvc.perform(request);
    }

    private static String id(ResultActions created) throws Exception {
        Object id = JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
        return id.toString();
    }

    static String body(String name, String acronym, String type, String country) {
        return "{" + field("name", name) + "," + field("acronym", acronym) + "," + field("type", type) + ","
                + field("countryIso3", country) + "}";
    }

    private static String field(String name, String value) {
        if (value == null) {
            return "\"" + name + "\":null";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return "\"" + name + "\":\"" + escaped + "\"";
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
