package org.vtprotect.network.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.ApplicationRequest;
import org.vtprotect.network.ApplicationRequest.Expertise;
import org.vtprotect.network.ApplicationRequest.LanguageSkill;
import org.vtprotect.network.ApplicationRequest.RefereeDetails;
import org.vtprotect.network.ApplicationState;

/**
 * With {@code vtp.demo=true}, records sample applications in every state of vetting and a few
 * admitted sample experts (among them the demo expert account's address), all named "Sample ..."
 * at example.org and flagged as sample data. No mail is sent and no account opened for them. Runs
 * after the account demo; an address already recorded is left alone.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private record Sample(
            String email,
            String name,
            String country,
            String target,
            String threat,
            String region,
            String language,
            ApplicationState state) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "expert@demo.vtprotect.localhost",
                    "Demo expert",
                    "TUN",
                    "RELIGIOUS_SITE",
                    "UAS",
                    "015",
                    "ar",
                    ApplicationState.ADMITTED),
            new Sample(
                    "sample.expert.1@example.org",
                    "Sample expert 1",
                    "SEN",
                    "MAJOR_EVENT",
                    "VEHICLE_RAMMING",
                    "011",
                    "fr",
                    ApplicationState.ADMITTED),
            new Sample(
                    "sample.expert.2@example.org",
                    "Sample expert 2",
                    "IDN",
                    "TOURIST_VENUE",
                    "IED",
                    "035",
                    "en",
                    ApplicationState.ADMITTED),
            new Sample(
                    "sample.expert.3@example.org",
                    "Sample expert 3",
                    "COL",
                    "URBAN_CENTRE",
                    "FIREARMS",
                    "005",
                    "es",
                    ApplicationState.ADMITTED),
            new Sample(
                    "sample.applicant.1@example.org",
                    "Sample applicant 1",
                    "KAZ",
                    "MAJOR_EVENT",
                    "UAS",
                    "143",
                    "ru",
                    ApplicationState.SUBMITTED),
            new Sample(
                    "sample.applicant.2@example.org",
                    "Sample applicant 2",
                    "KEN",
                    "EDUCATION_HEALTH",
                    "ARSON",
                    "014",
                    "en",
                    ApplicationState.SUBMITTED),
            new Sample(
                    "sample.applicant.3@example.org",
                    "Sample applicant 3",
                    "CHN",
                    "TOURIST_VENUE",
                    "CBRN",
                    "030",
                    "zh",
                    ApplicationState.UNDER_REVIEW),
            new Sample(
                    "sample.applicant.4@example.org",
                    "Sample applicant 4",
                    "FRA",
                    "RELIGIOUS_SITE",
                    "BLADED_WEAPON",
                    "155",
                    "fr",
                    ApplicationState.DECLINED),
            new Sample(
                    "sample.applicant.5@example.org",
                    "Sample applicant 5",
                    "EGY",
                    "URBAN_CENTRE",
                    "PBIED",
                    "015",
                    "ar",
                    ApplicationState.AWAITING_EMAIL_CONFIRMATION));

    private final ExpertApplicationRepository applications;
    private final ApplicationCheck check;

    DemoNetwork(ExpertApplicationRepository applications, ApplicationCheck check) {
        this.applications = applications;
        this.check = check;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Sample sample : SAMPLES) {
            if (applications.existsByEmailAndSampleDataTrue(sample.email())) {
                continue;
            }
            applications.save(application(sample));
            added++;
        }
        if (added > 0) {
            log.info("Loaded {} sample network applications", added);
        }
    }

    private ExpertApplication application(Sample s) {
        String[] name = s.name().split(" (?=\\S+$)");
        ApplicationRequest request = new ApplicationRequest(
                name[0],
                name[1],
                s.email(),
                "Sample organisation",
                s.country(),
                "Sample position",
                null,
                new Expertise(List.of(s.target()), List.of(s.threat()), List.of("RISK_ASSESSMENT"), List.of()),
                List.of(new LanguageSkill(s.language(), "NATIVE"), new LanguageSkill("en", "WORKING")),
                List.of(s.region()),
                10,
                "Sample biography: generated for trying the platform, not a real person.",
                List.of(),
                List.of(),
                List.of(new RefereeDetails("Sample referee", "sample.referee@example.org", null)),
                s.language(),
                true);
        Instant now = Instant.now();
        ExpertApplication application = new ExpertApplication(check.check(request, Locale.ENGLISH), now);
        application.markSample();
        application.awaitConfirmation(Tokens.hash(Tokens.random()), now.plus(ExpertApplication.CONFIRMATION_LIFETIME));
        if (s.state() != ApplicationState.AWAITING_EMAIL_CONFIRMATION) {
            application.confirm(null, Tokens.hash(Tokens.random()), now);
        }
        if (s.state() == ApplicationState.UNDER_REVIEW) {
            application.startReview(now);
        }
        if (s.state().decided()) {
            application.decide(s.state(), null, "sample data", now);
        }
        return application;
    }
}
