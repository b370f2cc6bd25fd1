package org.vtprotect.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vtprotect.network.MemberState;
import org.vtprotect.support.IntegrationTest;

/** The demo's admitted samples become members with profiles, the demo expert among them, once only. */
@IntegrationTest
class DemoMembersIntegrationTests {

    @Autowired
    ExpertApplicationRepository applications;

    @Autowired
    ExpertMemberRepository members;

    @Autowired
    ApplicationCheck check;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void admittedSamplesBecomeSampleMembersOnceAndTheDemoExpertIsOne() {
        new DemoNetwork(applications, check).run(null);
        var demo = new DemoMembers(applications, members);
        transactions.executeWithoutResult(s -> demo.run(null));
        long count = members.count();
        transactions.executeWithoutResult(s -> demo.run(null));
        assertThat(members.count()).isEqualTo(count);

        transactions.executeWithoutResult(s -> {
            ExpertMember expert =
                    members.findByEmail("expert@demo.vtprotect.localhost").orElseThrow();
            assertThat(expert.state()).isEqualTo(MemberState.ACTIVE);
            assertThat(expert.sampleData()).isTrue();
            var samples =
                    members.findAll().stream().filter(ExpertMember::sampleData).toList();
            assertThat(samples).hasSizeGreaterThanOrEqualTo(4);
            assertThat(samples).anyMatch(m -> !m.available());
            assertThat(samples).allSatisfy(m -> assertThat(m.displayName()).containsAnyOf("Sample", "Demo"));
        });
    }
}
