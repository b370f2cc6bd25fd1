package org.vtprotect.network;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.Tokens;
import tools.jackson.databind.json.JsonMapper;

/** Applications for tests: JSON bodies, unique addresses, and applications already confirmed. */
final class NetworkFixtures {

    private NetworkFixtures() {}

    static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A client address of its own, so that tests do not share the per-address budget. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor fromSomewhere() {
        return from("10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250));
    }

    /** A complete application as the API contract has it, for this address and biography. */
    static String applicationJson(String email, String biography) {
        return """
                {"givenName":"Amina","familyName":"Diallo","email":"%s","organisationName":"Ministry of Interior",
                 "countryIso3":"SEN","position":"Head of protective security",
                 "expertise":{"targetTypes":["RELIGIOUS_SITE"],"threatTypes":["UAS"],"themes":["RISK_ASSESSMENT"],
                              "actorTypes":["LAW_ENFORCEMENT"]},
                 "languages":[{"code":"fr","level":"NATIVE"},{"code":"en","level":"FLUENT"}],
                 "regions":["011"],"yearsOfExperience":12,"biography":%s,
                 "links":["https://example.org/amina"],"publications":["Protecting places of worship, 2020"],
                 "referees":[{"name":"Ref One","email":"ref.one@example.org","organisation":"Police"},
                             {"name":"Ref Two","email":"ref.two@example.org"}],
                 "consent":true}
                """.formatted(email, JsonMapper.builder().build().writeValueAsString(biography));
    }

    static long idOf(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    /** An application whose address is already confirmed (state SUBMITTED), straight in the database. */
    static long submitted(
            ApplicationCheck check, ExpertApplicationRepository applications, String email, String biography) {
        ApplicationRequest request =
                JsonMapper.builder().build().readValue(applicationJson(email, biography), ApplicationRequest.class);
        ExpertApplication application = new ExpertApplication(check.check(request, Locale.ENGLISH), Instant.now());
        application.awaitConfirmation(Tokens.hash("t-" + email), Instant.now().plusSeconds(600));
        application.confirm(null, Tokens.hash("w-" + email), Instant.now());
        return applications.saveAndFlush(application).id();
    }
}
