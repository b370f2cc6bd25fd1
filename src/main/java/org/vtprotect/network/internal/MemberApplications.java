package org.vtprotect.network.internal;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vtprotect.network.ApplicationContent;

/**
 * The member's applications, as a part of their data. The export holds everything they sent
 * (consent text and time included), the decision and its reason, and the reviewer notes' text and
 * time: an access request covers opinions about the person, while the authors of the notes and the
 * deciding officer, who are other people, are left out. Erasure keeps of each application only
 * what the figures count: state, dates, gender, country, expertise, language and region codes.
 */
@Component
class MemberApplications implements MemberData {

    /** What an erased text field of an application holds (the columns that cannot be empty). */
    static final String ERASED = "-";

    /** What an erased address of an application becomes; it names nobody and receives no mail. */
    static final String ERASED_EMAIL = "erased@erased.invalid";

    private final EntityManager entities;
    private final JdbcTemplate jdbc;

    MemberApplications(EntityManager entities, JdbcTemplate jdbc) {
        this.entities = entities;
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "applications";
    }

    @Override
    public Object export(ExpertMember member) {
        return applications(address(member)).stream()
                .map(MemberApplications::export)
                .toList();
    }

    @Override
    public void erase(ExpertMember member) {
        String address = address(member);
        if (address.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM expert_application WHERE lower(email) = ? OR id = ?",
                Long.class,
                address,
                member.applicationId());
        entities.flush();
        for (Long id : ids) {
            for (String table : List.of(
                    "expert_application_link",
                    "expert_application_publication",
                    "expert_application_referee",
                    "expert_application_note")) {
                jdbc.update("DELETE FROM " + table + " WHERE application_id = ?", id);
            }
            jdbc.update("""
                    UPDATE expert_application SET email = ?, open_email = NULL, given_name = ?, family_name = ?,
                      organisation_name = NULL, position = NULL, years_of_experience = NULL, biography = NULL,
                      consent_text = ?, confirmation_token_hash = NULL, confirmation_expires_at = NULL,
                      pending_revision = NULL, withdrawal_token_hash = NULL, conflict_note = NULL,
                      decision_reason = NULL, version = version + 1
                    WHERE id = ?
                    """, ERASED_EMAIL, ERASED, ERASED, ERASED, id);
        }
    }

    private List<ExpertApplication> applications(String address) {
        if (address.isEmpty()) {
            return List.of();
        }
        return entities.createQuery(
                        "select a from ExpertApplication a where lower(a.email) = :email order by a.createdAt, a.id",
                        ExpertApplication.class)
                .setParameter("email", address)
                .getResultList();
    }

    private static String address(ExpertMember member) {
        String email = member.email();
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> export(ExpertApplication a) {
        ApplicationContent c = a.content();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("state", a.state().name());
        out.put("sentAt", a.createdAt().toString());
        out.put("confirmedAt", text(a.confirmedAt()));
        out.put("email", c.email());
        out.put("givenName", c.givenName());
        out.put("familyName", c.familyName());
        out.put("organisationName", c.organisationName());
        out.put("countryIso3", c.countryIso3());
        out.put("position", c.position());
        out.put("gender", c.gender().name());
        Map<String, Object> expertise = new LinkedHashMap<>();
        expertise.put("targetTypes", c.targetTypes());
        expertise.put("threatTypes", c.threatTypes());
        expertise.put("themes", c.themes());
        expertise.put("actorTypes", c.actorTypes());
        out.put("expertise", expertise);
        out.put(
                "languages",
                c.languages().stream()
                        .map(l -> Map.of("code", l.code(), "level", l.level().name()))
                        .toList());
        out.put("regions", c.regions());
        out.put("yearsOfExperience", c.yearsOfExperience());
        out.put("biography", c.biography());
        out.put("links", c.links());
        out.put("publications", c.publications());
        out.put(
                "referees",
                c.referees().stream()
                        .map(r -> {
                            Map<String, Object> referee = new LinkedHashMap<>();
                            referee.put("name", r.name());
                            referee.put("email", r.email());
                            referee.put("organisation", r.organisation());
                            return referee;
                        })
                        .toList());
        out.put("language", c.language());
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("version", c.consent().version());
        consent.put("text", c.consent().text());
        consent.put("at", c.consent().at().toString());
        out.put("consent", consent);
        out.put("reviewStartedAt", text(a.reviewStartedAt()));
        out.put("decidedAt", text(a.decidedAt()));
        out.put("decisionReason", a.decisionReason());
        out.put("withdrawnAt", text(a.withdrawnAt()));
        out.put("conflictOfInterest", a.conflictOfInterest());
        out.put("conflictNote", a.conflictNote());
        out.put(
                "reviewerNotes",
                a.notes().stream()
                        .map(n -> Map.of(
                                "text", n.text(), "writtenAt", n.writtenAt().toString()))
                        .toList());
        out.put("sampleData", a.sampleData());
        return out;
    }

    private static @Nullable String text(@Nullable Instant at) {
        return at == null ? null : at.toString();
    }
}
