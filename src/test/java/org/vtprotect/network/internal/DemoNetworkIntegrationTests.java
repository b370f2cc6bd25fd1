package org.vtprotect.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.support.IntegrationTest;

/** The demo's sample applications: every state of vetting, flagged as sample data, loaded once. */
@IntegrationTest
class DemoNetworkIntegrationTests {

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ApplicationCheck check;

    @Test
    void loadsSampleApplicationsInEveryStateOnceOnly() {
        var demo = new DemoNetwork(applications, check);
        demo.run(null);
        long loaded = applications.count();
        demo.run(null);
        assertThat(applications.count()).isEqualTo(loaded);

        List<ExpertApplication> samples = applications.findAll().stream()
                .filter(ExpertApplication::sampleData)
                .toList();
        assertThat(samples)
                .hasSize(9)
                .allSatisfy(a -> assertThat(a.displayName()).containsAnyOf("Sample", "Demo"));
        assertThat(samples.stream().map(ExpertApplication::state).distinct())
                .containsExactlyInAnyOrder(
                        ApplicationState.AWAITING_EMAIL_CONFIRMATION,
                        ApplicationState.SUBMITTED,
                        ApplicationState.UNDER_REVIEW,
                        ApplicationState.ADMITTED,
                        ApplicationState.DECLINED);
        assertThat(samples.stream().filter(a -> a.state() == ApplicationState.ADMITTED))
                .extracting(ExpertApplication::email)
                .contains("expert@demo.vtprotect.localhost");
    }
}
