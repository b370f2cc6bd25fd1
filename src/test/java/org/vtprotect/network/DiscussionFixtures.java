package org.vtprotect.network;

import static org.vtprotect.network.NetworkFixtures.applicationJson;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Locale;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertApplication;
import org.vtprotect.network.internal.ExpertApplicationRepository;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.Role;
import org.vtprotect.support.SignedIn;
import tools.jackson.databind.json.JsonMapper;

/** Members of the network for the discussion tests, and requests signed in as them. */
record DiscussionFixtures(
        ApplicationCheck check, ExpertApplicationRepository applications, ExpertMemberRepository members) {

    /** An active member (named Amina Diallo) reading in {@code language}. */
    ExpertMember member(String email, String language) {
        ApplicationRequest request =
                JsonMapper.builder().build().readValue(applicationJson(email, "Bio"), ApplicationRequest.class);
        ApplicationContent content = check.check(request, Locale.forLanguageTag(language));
        long applicationId = applications
                .saveAndFlush(new ExpertApplication(content, Instant.now()))
                .id();
        return members.saveAndFlush(new ExpertMember(applicationId, content, null, Instant.now()));
    }

    /** A member who has left the network. */
    ExpertMember former(String email) {
        ExpertMember member = member(email, "en");
        member.leave(Instant.now());
        return members.saveAndFlush(member);
    }

    static RequestPostProcessor as(ExpertMember member) {
        return SignedIn.as(Math.abs(member.email().hashCode()) + 1_000_000L, member.email(), null, Role.EXPERT);
    }

    static RequestPostProcessor expert(String email) {
        return SignedIn.as(Math.abs(email.hashCode()) + 1_000_000L, email, null, Role.EXPERT);
    }

    static RequestPostProcessor officer(String email) {
        return SignedIn.as(Math.abs(email.hashCode()) + 2_000_000L, email, null, Role.PROGRAMME_OFFICER);
    }

    static long id(String json, String path) {
        return ((Number) JsonPath.read(json, path)).longValue();
    }

    static String thread(String theme, String title, String body) {
        return JsonMapper.builder()
                .build()
                .writeValueAsString(java.util.Map.of("theme", theme, "title", title, "body", body));
    }

    static String body(String body) {
        return JsonMapper.builder().build().writeValueAsString(java.util.Map.of("body", body));
    }

    static String reason(String reason) {
        return JsonMapper.builder().build().writeValueAsString(java.util.Map.of("reason", reason));
    }
}
