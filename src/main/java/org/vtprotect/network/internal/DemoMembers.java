package org.vtprotect.network.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.ApplicationState;
import org.vtprotect.network.ProfileField;
import org.vtprotect.network.Visibility;

/**
 * With {@code vtp.demo=true}, makes the admitted sample applications of {@link DemoNetwork} members
 * with a profile, flagged as sample data: among them the demo expert account's address, so that the
 * demo expert can edit a profile and search the network. One sample is unavailable until a date, one
 * keeps its biography for programme officers, to show both. A sample already a member is left alone.
 */
@Component
@Order(410)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoMembers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

    private final ExpertApplicationRepository applications;
    private final ExpertMemberRepository members;

    DemoMembers(ExpertApplicationRepository applications, ExpertMemberRepository members) {
        this.applications = applications;
        this.members = members;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<ExpertApplication> admitted = applications.findAll().stream()
                .filter(a -> a.sampleData() && a.state() == ApplicationState.ADMITTED)
                .filter(a -> members.findByApplicationId(a.id()).isEmpty())
                .filter(a -> members.findByEmail(a.content().email()).isEmpty())
                .toList();
        Instant now = Instant.now();
        int n = 0;
        for (ExpertApplication application : admitted) {
            ApplicationContent content = application.content();
            ExpertMember member = new ExpertMember(application.id(), content, null, now);
            member.markSample();
            boolean unavailable = n % 3 == 2;
            member.editProfile(
                    content,
                    content.publications().stream()
                            .map(p -> new Publication(p, null))
                            .toList(),
                    n % 3 == 1 ? Map.of(ProfileField.BIOGRAPHY, Visibility.PROGRAMME_ONLY) : Map.of(),
                    !unavailable,
                    unavailable ? "Sample note: on another assignment." : null,
                    n % 3 == 0 ? LocalDate.now(ZoneOffset.UTC).plusMonths(6) : null,
                    now);
            members.save(member);
            n++;
        }
        if (n > 0) {
            log.info("Made {} sample network members", n);
        }
    }
}
