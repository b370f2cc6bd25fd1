package org.vtprotect.network;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.account.AccountPrivacy;
import org.vtprotect.account.AuditTrail;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.MemberData;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/**
 * A member's rights over their data in the network: download all of it, leave the network, and
 * have it erased. A member who has left keeps these rights until erasure; an address that is no
 * member (never was, or already erased) gets 404, as there is nothing of theirs here.
 *
 * <p>Erasure runs in one transaction: every {@link MemberData} part erases its share, the member row
 * keeps only what the figures count, and the account is closed under a pseudonym.
 */
@Service
public class MemberPrivacy {

    /** The audit actions of this class; their target is the address, pseudonymised at erasure. */
    public static final String LEFT_NETWORK = "NETWORK_LEFT";

    public static final String DATA_EXPORTED = "NETWORK_DATA_EXPORTED";
    public static final String DATA_ERASED = "NETWORK_DATA_ERASED";

    /** Where a member stands, for the page about their data. */
    public record Standing(
            MemberState state, Instant admittedAt, @Nullable Instant leftAt, List<String> parts) {
        public boolean active() {
            return state == MemberState.ACTIVE;
        }

        /** The day of admission (UTC). */
        public java.time.LocalDate admittedOn() {
            return java.time.LocalDate.ofInstant(admittedAt, java.time.ZoneOffset.UTC);
        }

        /** The day the member left (UTC), if they did. */
        public java.time.@Nullable LocalDate leftOn() {
            return leftAt == null ? null : java.time.LocalDate.ofInstant(leftAt, java.time.ZoneOffset.UTC);
        }
    }

    private final ExpertMemberRepository members;
    private final List<MemberData> parts;
    private final AccountPrivacy accounts;
    private final AuditTrail audit;

    MemberPrivacy(ExpertMemberRepository members, List<MemberData> parts, AccountPrivacy accounts, AuditTrail audit) {
        this.members = members;
        this.parts = parts;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The standing of the member with this address, if they are a member or have left. */
    @Transactional(readOnly = true)
    public Optional<Standing> standing(String email) {
        return find(email)
                .map(m -> new Standing(
                        m.state(),
                        m.admittedAt(),
                        m.leftAt(),
                        parts.stream().map(MemberData::part).sorted().toList()));
    }

    /** Everything the platform holds about the member with this address, as JSON-ready values. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(String email) {
        ExpertMember member = member(email);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("exportedAt", Instant.now().toString());
        out.put("member", profile(member));
        out.put("account", accounts.export(email).orElse(null));
        for (MemberData part : parts.stream()
                .sorted(java.util.Comparator.comparing(MemberData::part))
                .toList()) {
            out.put(part.part(), part.export(member));
        }
        audit.record(DATA_EXPORTED, member.email(), null);
        return out;
    }

    /** The member leaves: no longer listed, the {@code EXPERT} role taken from their account; 409 if already left. */
    @Transactional
    public void leave(String email) {
        ExpertMember member = member(email);
        member.leave(Instant.now());
        members.saveAndFlush(member);
        accounts.withdrawRole(email, Role.EXPERT, "left the network");
        audit.record(LEFT_NETWORK, member.email(), null);
    }

    /**
     * Erases the member with this address: each part erases its share, the applications and the
     * member row keep only what the figures count, and the account is closed (address replaced by a
     * pseudonym, in the audit trail as well). Returns the pseudonym the audit trail now uses.
     */
    @Transactional
    public String erase(String email) {
        ExpertMember member = member(email);
        String address = member.email();
        for (MemberData part : parts) {
            part.erase(member);
        }
        member.erase(Instant.now());
        members.saveAndFlush(member);
        String pseudonym = accounts.erase(address == null ? email : address).orElse("erased-member-" + member.id());
        audit.recordAs(pseudonym, DATA_ERASED, "member " + member.id(), null);
        return pseudonym;
    }

    private Optional<ExpertMember> find(String email) {
        return members.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(m -> m.state() == MemberState.ACTIVE || m.state() == MemberState.LEFT);
    }

    private ExpertMember member(String email) {
        return find(email)
                .orElseThrow(() -> new ProblemException(
                        org.springframework.http.HttpStatus.NOT_FOUND, "networkPrivacy.notMember"));
    }

    private static Map<String, Object> profile(ExpertMember m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("state", m.state().name());
        out.put("email", m.email());
        out.put("givenName", m.givenName());
        out.put("familyName", m.familyName());
        out.put("organisationName", m.organisationName());
        out.put("organisationId", m.organisationId());
        out.put("countryIso3", m.countryIso3());
        out.put("position", m.position());
        out.put("gender", m.gender().name());
        out.put("yearsOfExperience", m.yearsOfExperience());
        out.put("biography", m.biography());
        out.put("language", m.language());
        Map<String, Object> expertise = new LinkedHashMap<>();
        for (String vocabulary : List.of("targetTypes", "threatTypes", "themes", "actorTypes")) {
            expertise.put(vocabulary, m.expertise(vocabulary));
        }
        out.put("expertise", expertise);
        out.put(
                "languages",
                m.languages().stream()
                        .sorted(java.util.Comparator.comparing(l -> l.code()))
                        .map(l -> Map.of("code", l.code(), "level", l.level().name()))
                        .toList());
        out.put("regions", m.regions().stream().sorted().toList());
        out.put("links", List.copyOf(m.links()));
        out.put("publications", List.copyOf(m.publications()));
        out.put("admittedAt", m.admittedAt().toString());
        out.put("leftAt", m.leftAt() == null ? null : m.leftAt().toString());
        out.put("sampleData", m.sampleData());
        return out;
    }
}
