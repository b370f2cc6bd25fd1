package org.vtprotect.network;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.Tokens;
import tools.jackson.databind.json.JsonMapper;

/** People of their own for privacy tests: every name, address and word unique, so a search of the database finds only them. */
final class PrivacyFixtures {

    private PrivacyFixtures() {}

    /** An applicant whose every personal value is unique to the test run. */
    record Person(
            String email,
            String givenName,
            String familyName,
            String organisation,
            String bioWord,
            String refereeName,
            String refereeEmail,
            String noteWord) {

        static Person unique() {
            String u = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            return new Person(
                    "priv" + u + "@example.org",
                    "Givn" + u,
                    "Fmly" + u,
                    "Orgz" + u,
                    "bioword" + u,
                    "Refr" + u,
                    "ref" + u + "@example.net",
                    "noteword" + u);
        }

        String json() {
            return """
                    {"givenName":"%s","familyName":"%s","email":"%s","organisationName":"%s",
                     "countryIso3":"SEN","position":"Head of security","gender":"FEMALE",
                     "expertise":{"targetTypes":["RELIGIOUS_SITE"],"threatTypes":["UAS"],"themes":["RISK_ASSESSMENT"],
                                  "actorTypes":["LAW_ENFORCEMENT"]},
                     "languages":[{"code":"fr","level":"NATIVE"},{"code":"en","level":"FLUENT"}],
                     "regions":["011"],"yearsOfExperience":12,
                     "biography":"Works on %s and <script>alert(1)</script> protection",
                     "links":["https://example.org/%s"],"publications":["Study by %s, 2020"],
                     "referees":[{"name":"%s","email":"%s","organisation":"Police"},
                                 {"name":"Second %s","email":"second.%s"}],
                     "consent":true}
                    """.formatted(
                            givenName,
                            familyName,
                            email,
                            organisation,
                            bioWord,
                            bioWord,
                            familyName,
                            refereeName,
                            refereeEmail,
                            refereeName,
                            refereeEmail);
        }

        /** Everything that names or describes them, to look for in every table after erasure. */
        java.util.List<String> traces() {
            return java.util.List.of(
                    email, givenName, familyName, organisation, bioWord, refereeName, refereeEmail, noteWord);
        }
    }

    /** A confirmed application (SUBMITTED) of this person, straight in the database. */
    static long submitted(ApplicationCheck check, ExpertApplicationRepository applications, Person person) {
        ApplicationRequest request = JsonMapper.builder().build().readValue(person.json(), ApplicationRequest.class);
        ExpertApplication application = new ExpertApplication(check.check(request, Locale.ENGLISH), Instant.now());
        application.awaitConfirmation(
                Tokens.hash("t-" + person.email()), Instant.now().plusSeconds(600));
        application.confirm(null, Tokens.hash("w-" + person.email()), Instant.now());
        return applications.saveAndFlush(application).id();
    }

    /** The person admitted the real way (note, decision, the account opened by the event); returns the account id. */
    static long admitted(
            ApplicationCheck check,
            ExpertApplicationRepository applications,
            ExpertVetting vetting,
            JdbcTemplate jdbc,
            Person person)
            throws InterruptedException {
        long id = submitted(check, applications, person);
        vetting.addNote(id, "Reviewer thinks " + person.noteWord() + " is solid");
        vetting.decide(id, "ADMITTED", "Welcome " + person.givenName());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var ids = jdbc.queryForList("SELECT id FROM account WHERE email = ?", Long.class, person.email());
            if (!ids.isEmpty()) {
                return ids.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no account opened for " + person.email());
    }
}
