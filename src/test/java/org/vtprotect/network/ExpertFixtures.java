package org.vtprotect.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.ApplicationRequest.Expertise;
import org.vtprotect.network.ApplicationRequest.LanguageSkill;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.Publication;
import org.vtprotect.network.internal.Tokens;

/**
 * Members of the network for tests, admitted the way vetting admits them (an application checked,
 * confirmed and admitted, then a member row), with the profile each test describes.
 */
final class ExpertFixtures {

    private ExpertFixtures() {}

    /** A member to make: defaults are a Senegalese expert on religious sites who speaks French. */
    static final class Spec {
        String email = "expert." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String givenName = "Test";
        String familyName = "Expert";
        String country = "SEN";
        List<String> targets = List.of("RELIGIOUS_SITE");
        List<String> threats = List.of();
        List<String> themes = List.of();
        Map<String, String> languages = new LinkedHashMap<>(Map.of("fr", "NATIVE"));
        List<String> regions = List.of("011");
        String biography = "A biography.";
        List<String> publications = List.of();
        Map<ProfileField, Visibility> visibility = new EnumMap<>(ProfileField.class);
        boolean available = true;

        @Nullable
        LocalDate until;

        Spec name(String given, String family) {
            this.givenName = given;
            this.familyName = family;
            return this;
        }

        Spec email(String email) {
            this.email = email;
            return this;
        }

        Spec country(String country) {
            this.country = country;
            return this;
        }

        Spec expertise(List<String> targets, List<String> threats, List<String> themes) {
            this.targets = targets;
            this.threats = threats;
            this.themes = themes;
            return this;
        }

        Spec languages(Map<String, String> languages) {
            this.languages = new LinkedHashMap<>(languages);
            return this;
        }

        Spec regions(String... regions) {
            this.regions = List.of(regions);
            return this;
        }

        Spec biography(String biography) {
            this.biography = biography;
            return this;
        }

        Spec hide(ProfileField... fields) {
            for (ProfileField field : fields) {
                visibility.put(field, Visibility.PROGRAMME_ONLY);
            }
            return this;
        }

        Spec share(ProfileField... fields) {
            for (ProfileField field : fields) {
                visibility.put(field, Visibility.NETWORK);
            }
            return this;
        }

        Spec unavailable() {
            this.available = false;
            return this;
        }
    }

    static Spec expert() {
        return new Spec();
    }

    /** Saves members in the shared test database; a Spring bean of the test sources. */
    @Component
    static class Admission {

        private final ApplicationCheck check;
        private final ExpertApplicationRepository applications;
        private final ExpertMemberRepository members;

        Admission(ApplicationCheck check, ExpertApplicationRepository applications, ExpertMemberRepository members) {
            this.check = check;
            this.applications = applications;
            this.members = members;
        }

        @Transactional
        long admit(Spec s) {
            List<LanguageSkill> languages = new ArrayList<>();
            s.languages.forEach((code, level) -> languages.add(new LanguageSkill(code, level)));
            ApplicationRequest request = new ApplicationRequest(
                    s.givenName,
                    s.familyName,
                    s.email,
                    "Test organisation",
                    s.country,
                    "Test position",
                    "FEMALE",
                    new Expertise(s.targets, s.threats, s.themes, List.of()),
                    languages,
                    s.regions,
                    10,
                    s.biography,
                    List.of("https://example.org/" + UUID.randomUUID()),
                    s.publications,
                    List.of(),
                    "en",
                    true);
            ApplicationContent content = check.check(request, Locale.ENGLISH);
            Instant now = Instant.now();
            ExpertApplication application = new ExpertApplication(content, now);
            application.awaitConfirmation(Tokens.hash("t-" + s.email), now.plusSeconds(600));
            application.confirm(null, Tokens.hash("w-" + s.email), now);
            application.decide(ApplicationState.ADMITTED, null, "tests", now);
            long applicationId = applications.saveAndFlush(application).id();
            ExpertMember member = new ExpertMember(applicationId, content, null, now);
            member.editProfile(
                    content,
                    content.publications().stream()
                            .map(p -> new Publication(p, null))
                            .toList(),
                    s.visibility,
                    s.available,
                    null,
                    s.until,
                    now);
            return members.saveAndFlush(member).id();
        }

        @Transactional
        void leave(long id) {
            ExpertMember member = members.findById(id).orElseThrow();
            member.leave(Instant.now());
            members.saveAndFlush(member);
        }

        @Transactional
        void erase(long id) {
            ExpertMember member = members.findById(id).orElseThrow();
            member.erase(Instant.now());
            members.saveAndFlush(member);
        }
    }
}
