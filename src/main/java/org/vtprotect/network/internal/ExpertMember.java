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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.MemberState;
import org.vtprotect.network.ProfileField;
import org.vtprotect.network.Visibility;
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
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_expertise", joinColumns = @JoinColumn(name = "member_id"))
    private Set<ExpertiseCode> expertise = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_language", joinColumns = @JoinColumn(name = "member_id"))
    private Set<SpokenLanguage> languages = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_region", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "m49")
    private Set<String> regions = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_link", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_publication", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    private List<Publication> publications = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "expert_member_visibility", joinColumns = @JoinColumn(name = "member_id"))
    @MapKeyColumn(name = "field")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "visibility")
    @Enumerated(EnumType.STRING)
    private Map<ProfileField, Visibility> visibility = new HashMap<>();

    private boolean available = true;
    private @Nullable String availabilityNote;
    private @Nullable LocalDate availableUntil;

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
        content.publications().forEach(p -> publications.add(new Publication(p, null)));
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
        visibility.clear();
        this.availabilityNote = null;
        this.availableUntil = null;
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

    /** Publications as citations (a copy; see {@link #publicationEntries()} for the library links). */
    public List<String> publications() {
        return publications.stream().map(Publication::citation).toList();
    }

    /** Publications with the library document each one is, when it is one. */
    public List<Publication> publicationEntries() {
        return List.copyOf(publications);
    }

    /** Who sees a field: what the member chose, else the field's default. */
    public Visibility visibility(ProfileField field) {
        return visibility.getOrDefault(field, field.byDefault());
    }

    /** The visibility of every field. */
    public Map<ProfileField, Visibility> visibilities() {
        Map<ProfileField, Visibility> all = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, visibility(field));
        }
        return all;
    }

    /** Whether the member said they are available for missions. */
    public boolean available() {
        return available;
    }

    public @Nullable String availabilityNote() {
        return availabilityNote;
    }

    public @Nullable LocalDate availableUntil() {
        return availableUntil;
    }

    /** Available for missions on that day: said so, and the until-date (if any) is not past. */
    public boolean availableOn(LocalDate day) {
        return available && (availableUntil == null || !availableUntil.isBefore(day));
    }

    /**
     * The expert writes their profile anew: the checked content (the address stays the account's),
     * the publications with their library documents, who sees each field, and availability.
     */
    public void editProfile(
            ApplicationContent content,
            List<Publication> newPublications,
            Map<ProfileField, Visibility> newVisibility,
            boolean newAvailable,
            @Nullable String note,
            @Nullable LocalDate until,
            Instant now) {
        if (state != MemberState.ACTIVE) {
            throw ProblemException.conflict("network.member.notActive");
        }
        this.givenName = content.givenName();
        this.familyName = content.familyName();
        if (!Objects.equals(organisationName, content.organisationName())) {
            this.organisationId = null;
        }
        this.organisationName = content.organisationName();
        this.countryIso3 = content.countryIso3();
        this.position = content.position();
        this.gender = content.gender();
        this.yearsOfExperience = content.yearsOfExperience();
        this.biography = content.biography();
        expertise.clear();
        expertise.addAll(codes(ApplicationFields.TARGET_TYPES, content.targetTypes()));
        expertise.addAll(codes(ApplicationFields.THREAT_TYPES, content.threatTypes()));
        expertise.addAll(codes(ApplicationFields.THEMES, content.themes()));
        expertise.addAll(codes(ApplicationFields.ACTOR_TYPES, content.actorTypes()));
        languages.clear();
        content.languages().forEach(l -> languages.add(new SpokenLanguage(l.code(), l.level())));
        regions.clear();
        regions.addAll(content.regions());
        links.clear();
        links.addAll(content.links());
        publications.clear();
        publications.addAll(newPublications);
        visibility.clear();
        visibility.putAll(newVisibility);
        this.available = newAvailable;
        this.availabilityNote = note;
        this.availableUntil = until;
        this.updatedAt = now;
    }

    /** The version the member was read at (optimistic locking of the profile editor). */
    public long version() {
        return version;
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
