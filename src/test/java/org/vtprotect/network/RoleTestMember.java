package org.vtprotect.network;

import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.internal.ExpertMemberRepository;

/**
 * Makes the address {@code SignedIn.as(Role.EXPERT)} signs in with an active member of the network
 * in the test database, so that the role test's expert is what an expert normally is: a member.
 * (An expert account with no active member row gets 403 from member-only pages; tests of that use
 * addresses of their own.)
 */
@Component
@Profile("test")
class RoleTestMember implements ApplicationRunner {

    static final String EMAIL = "someone@example.org";

    private final ExpertFixtures.Admission admission;
    private final ExpertMemberRepository members;

    RoleTestMember(ExpertFixtures.Admission admission, ExpertMemberRepository members) {
        this.admission = admission;
        this.members = members;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /**
     * Makes the address an active member again if a test on the shared database made it leave (or
     * erased it); tests that sign in as the default expert call it before they start.
     */
    @Transactional
    void ensure() {
        members.findByEmail(EMAIL)
                .ifPresentOrElse(
                        member -> member.rejoin(Instant.now()),
                        () -> admission.admit(
                                ExpertFixtures.expert().email(EMAIL).name("Role", "Tester")));
    }
}
