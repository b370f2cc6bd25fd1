package org.vtprotect.network.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.MemberState;
import org.vtprotect.platform.ProblemException;

/**
 * A member of the network, from admission on. Created from the admitted application's content; the
 * expert edits it afterwards as their profile. What the membership figures count (country, gender,
 * expertise codes, languages, regions, admission and leaving dates) outlives an erasure; what names
 * the person does not.
 */
@Entity
public class ExpertMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long applicationId;
    private @Nullable String email;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable String organisationName;
    private @Nullable Long organisationId;
    private String countryIso3 = "";
    private @Nullable String position;

    @Enumerated(EnumType.STRING)
    private Gender gender = Gender.UNDISCLOSED;

    private @Nullable Integer yearsOfExperience;
    private @Nullable String biography;
    private String language = "en";

    @Enumerated(EnumType.STRING)
    private MemberState state = MemberState.ACTIVE;

    private Instant admittedAt = Instant.EPOCH;
    private @Nullable Instant leftAt;
    private @Nullable Instant erasedAt;
    private boolean sampleData;
    private Instant createdAt = Instant.EPOCH;
    private Instant updatedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "expert_member_expertise", joinColumns = @JoinColumn(name = "member_id"))
    private Set<ExpertiseCode> expertise = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_member_language", joinColumns = @JoinColumn(name = "member_id"))
    private Set<SpokenLanguage> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_member_region", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "m49")
    private Set<String> regions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_member_link", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_member_publication", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "citation")
    private List<String> publications = new ArrayList<>();

    @Version
    private long version;

    protected ExpertMember() {}

    /** The member an admitted application makes, with what the applicant wrote as the first profile. */
    public ExpertMember(
            long applicationId, ApplicationContent content, @Nullable Long organisationId, Instant admittedAt) {
        this.applicationId = applicationId;
        this.email = content.email();
        this.givenName = content.givenName();
        this.familyName = content.familyName();
        this.organisationName = content.organisationName();
        this.organisationId = organisationId;
        this.countryIso3 = content.countryIso3();
        this.position = content.position();
        this.gender = content.gender();
        this.yearsOfExperience = content.yearsOfExperience();
        this.biography = content.biography();
        this.language = content.language();
        expertise.addAll(codes(ApplicationFields.TARGET_TYPES, content.targetTypes()));
        expertise.addAll(codes(ApplicationFields.THREAT_TYPES, content.threatTypes()));
        expertise.addAll(codes(ApplicationFields.THEMES, content.themes()));
        expertise.addAll(codes(ApplicationFields.ACTOR_TYPES, content.actorTypes()));
        content.languages().forEach(l -> languages.add(new SpokenLanguage(l.code(), l.level())));
        regions.addAll(content.regions());
        links.addAll(content.links());
        publications.addAll(content.publications());
        this.admittedAt = admittedAt;
        this.createdAt = admittedAt;
        this.updatedAt = admittedAt;
    }

    /** The member leaves the network: no longer listed nor found, still counted until then. */
    public void leave(Instant now) {
        if (state != MemberState.ACTIVE) {
            throw ProblemException.conflict("network.member.notActive");
        }
        this.state = MemberState.LEFT;
        this.leftAt = now;
        this.updatedAt = now;
    }

    /**
     * A member who had left is admitted again: a member from now on, with the profile they left.
     * Nothing happens to an active member.
     */
    public void rejoin(Instant now) {
        if (state == MemberState.LEFT) {
            this.state = MemberState.ACTIVE;
            this.leftAt = null;
            this.updatedAt = now;
        }
    }

    /**
     * Clears everything that names or describes the person (address, names, organisation, position,
     * biography, links, publications); keeps what the figures count. Leaves the network first if the
     * member has not left yet.
     */
    public void erase(Instant now) {
        if (state == MemberState.ACTIVE) {
            leave(now);
        }
        this.state = MemberState.ERASED;
        this.email = null;
        this.givenName = null;
        this.familyName = null;
        this.organisationName = null;
        this.organisationId = null;
        this.position = null;
        this.biography = null;
        this.yearsOfExperience = null;
        links.clear();
        publications.clear();
        this.erasedAt = now;
        this.updatedAt = now;
    }

    public void markSample() {
        this.sampleData = true;
    }

    public Long id() {
        if (id == null) {
            throw new IllegalStateException("member not saved yet");
        }
        return id;
    }

    public long applicationId() {
        return applicationId;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String givenName() {
        return givenName;
    }

    public @Nullable String familyName() {
        return familyName;
    }

    /** Given and family name; empty once erased. */
    public String displayName() {
        return givenName == null ? "" : (givenName + " " + familyName).strip();
    }

    public @Nullable String organisationName() {
        return organisationName;
    }

    public @Nullable Long organisationId() {
        return organisationId;
    }

    public String countryIso3() {
        return countryIso3;
    }

    public @Nullable String position() {
        return position;
    }

    public Gender gender() {
        return gender;
    }

    public @Nullable Integer yearsOfExperience() {
        return yearsOfExperience;
    }

    public @Nullable String biography() {
        return biography;
    }

    public String language() {
        return language;
    }

    public MemberState state() {
        return state;
    }

    public Instant admittedAt() {
        return admittedAt;
    }

    public @Nullable Instant leftAt() {
        return leftAt;
    }

    public @Nullable Instant erasedAt() {
        return erasedAt;
    }

    public boolean sampleData() {
        return sampleData;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Codes of one vocabulary ({@code targetTypes}, {@code threatTypes}, {@code themes}, {@code actorTypes}). */
    public List<String> expertise(String vocabulary) {
        return expertise.stream()
                .filter(e -> e.vocabulary().equals(vocabulary))
                .map(ExpertiseCode::code)
                .sorted()
                .toList();
    }

    /** Every expertise code with its vocabulary, the live set (for the profile editor). */
    public Set<ExpertiseCode> expertise() {
        return expertise;
    }

    /** The languages spoken, the live set. */
    public Set<SpokenLanguage> languages() {
        return languages;
    }

    /** M49 regions of experience, the live set. */
    public Set<String> regions() {
        return regions;
    }

    /** Links, the live list. */
    public List<String> links() {
        return links;
    }

    /** Publications as citations, the live list. */
    public List<String> publications() {
        return publications;
    }

    /** Records that the profile changed (the editor calls it after writing fields). */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    private static Set<ExpertiseCode> codes(String vocabulary, List<String> codes) {
        Set<ExpertiseCode> set = new HashSet<>();
        codes.forEach(code -> set.add(new ExpertiseCode(vocabulary, code)));
        return set;
    }
}
