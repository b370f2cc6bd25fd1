package org.vtprotect.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vtprotect.network.NetworkFixtures.applicationJson;
import static org.vtprotect.network.NetworkFixtures.from;
import static org.vtprotect.network.NetworkFixtures.fromSomewhere;
import static org.vtprotect.network.NetworkFixtures.idOf;
import static org.vtprotect.network.NetworkFixtures.uniqueEmail;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.support.IntegrationTest;

/** Anyone applies over JSON; what they send is checked, merged per address and limited. */
@IntegrationTest
class ApplicationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertVetting vetting;

    private ResultActions apply(String json) throws Exception {
        return mvc.perform(post("/api/v1/network/applications")
                .with(fromSomewhere())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void theContractBodyIsAcceptedAndAwaitsTheConfirmationOfItsAddress() throws Exception {
        String email = uniqueEmail("contract");
        String body = apply(applicationJson(email, "Twelve years of protective security."))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("AWAITING_EMAIL_CONFIRMATION"))
                .andExpect(jsonPath("$.id").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        ApplicationDetail stored = vetting.get(idOf(body));
        assertThat(stored.state()).isEqualTo(ApplicationState.AWAITING_EMAIL_CONFIRMATION);
        ApplicationContent content = stored.content();
        assertThat(content.email()).isEqualTo(email);
        assertThat(content.targetTypes()).containsExactly("RELIGIOUS_SITE");
        assertThat(content.languages())
                .extracting(ApplicationContent.Spoken::code)
                .containsExactly("fr", "en");
        assertThat(content.referees()).hasSize(2);
        assertThat(content.consent().version()).isEqualTo("network-consent-1");
        assertThat(content.consent().text()).contains("privacy notice");
    }

    @Test
    void withoutConsentItIsA400OnTheConsentField() throws Exception {
        apply(applicationJson(uniqueEmail("noconsent"), "x").replace("\"consent\":true", "\"consent\":false"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("consent")));
        apply(applicationJson(uniqueEmail("noconsent"), "x").replace(",\n \"consent\":true", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("consent")));
    }

    @Test
    void unknownCodesCountriesRegionsAndLanguagesAreNamedFieldByField() throws Exception {
        String json = applicationJson(uniqueEmail("codes"), "x")
                .replace("\"SEN\"", "\"XXX\"")
                .replace("[\"UAS\"]", "[\"UAS\",\"LASER\"]")
                .replace("[\"011\"]", "[\"999\"]")
                .replace("{\"code\":\"fr\",\"level\":\"NATIVE\"}", "{\"code\":\"xx\",\"level\":\"NATIVE\"}");
        apply(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder("countryIso3", "expertise.threatTypes", "regions", "languages")));
    }

    @Test
    void emptyBodyNamesEveryRequiredField() throws Exception {
        apply("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.hasItems("email", "givenName", "familyName", "countryIso3", "expertise", "consent")));
    }

    @Test
    void hugeTextsAndTooManyRefereesAreRefused() throws Exception {
        String json = applicationJson(uniqueEmail("huge"), "b".repeat(4001))
                .replace("\"referees\":[", "\"referees\":[{\"name\":\"Three\",\"email\":\"three@example.org\"},");
        apply(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("biography", "referees")));
    }

    @Test
    void aRefereeMustBeSomeoneElseAndLinksMustBeWebAddresses() throws Exception {
        String email = uniqueEmail("self");
        String json = applicationJson(email, "x")
                .replace("ref.one@example.org", email)
                .replace("https://example.org/amina", "javascript:alert(1)");
        apply(json)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("referees[0].email", "links")));
    }

    @Test
    void aSecondApplicationFromTheSameAddressMergesIntoTheOpenOne() throws Exception {
        String email = uniqueEmail("twice");
        long first = idOf(apply(applicationJson(email, "First version."))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
        long second = idOf(apply(applicationJson(email.toUpperCase(), "Second version."))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(second).isEqualTo(first);
        assertThat(applications.findAll().stream().filter(a -> a.email().equals(email)))
                .singleElement()
                .satisfies(a ->
                        assertThat(vetting.get(a.id()).content().biography()).isEqualTo("Second version."));
    }

    @Test
    void controlCharactersAreDroppedNotStoredOrFailing() throws Exception {
        String email = uniqueEmail("nul");
        long id = idOf(apply(applicationJson(email, "Before\u0000after\u0007 and <b>bold</b>'; DROP TABLE account;--"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(vetting.get(id).content().biography())
                .isEqualTo("Beforeafter and <b>bold</b>'; DROP TABLE account;--");
    }

    @Test
    void oneAddressMayNotFloodAMailboxWithConfirmationMails() throws Exception {
        String email = uniqueEmail("flood");
        for (int i = 0; i < 5; i++) {
            apply(applicationJson(email, "attempt " + i)).andExpect(status().isAccepted());
        }
        apply(applicationJson(email, "one too many"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void oneClientMayNotFloodTheQueue() throws Exception {
        String client = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/v1/network/applications")
                            .with(from(client))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(applicationJson(uniqueEmail("client"), "x")))
                    .andExpect(status().isAccepted());
        }
        mvc.perform(post("/api/v1/network/applications")
                        .with(from(client))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(applicationJson(uniqueEmail("client"), "x")))
                .andExpect(status().isTooManyRequests());
    }
}
