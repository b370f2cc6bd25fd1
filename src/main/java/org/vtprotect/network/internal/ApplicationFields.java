package org.vtprotect.network.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.ApplicationContent.Consent;
import org.vtprotect.network.ApplicationContent.RefereeEntry;
import org.vtprotect.network.ApplicationContent.Spoken;

/**
 * What the applicant wrote, as stored: the person, the expertise (taxonomy codes, one row each, so
 * that experts can be searched and matched by code), languages, regions, references and consent.
 */
@MappedSuperclass
abstract class ApplicationFields {

    static final String TARGET_TYPES = "targetTypes";
    static final String THREAT_TYPES = "threatTypes";
    static final String THEMES = "themes";
    static final String ACTOR_TYPES = "actorTypes";

    private String email = "";
    private String givenName = "";
    private String familyName = "";
    private @Nullable String organisationName;
    private String countryIso3 = "";
    private @Nullable String position;

    @Enumerated(EnumType.STRING)
    private Gender gender = Gender.UNDISCLOSED;

    private @Nullable Integer yearsOfExperience;
    private @Nullable String biography;
    private String language = "en";
    private String consentVersion = "";
    private String consentText = "";
    private Instant consentedAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "expert_application_expertise", joinColumns = @JoinColumn(name = "application_id"))
    private Set<ExpertiseCode> expertise = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_application_language", joinColumns = @JoinColumn(name = "application_id"))
    private Set<SpokenLanguage> languages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_application_region", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "m49")
    private Set<String> regions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_application_link", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "url")
    private List<String> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_application_publication", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "citation")
    private List<String> publications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "expert_application_referee", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "organisation", column = @Column(name = "organisation"))
    private List<Referee> referees = new ArrayList<>();

    void write(ApplicationContent c) {
        this.email = c.email();
        this.givenName = c.givenName();
        this.familyName = c.familyName();
        this.organisationName = c.organisationName();
        this.countryIso3 = c.countryIso3();
        this.position = c.position();
        this.gender = c.gender();
        this.yearsOfExperience = c.yearsOfExperience();
        this.biography = c.biography();
        this.language = c.language();
        this.consentVersion = c.consent().version();
        this.consentText = c.consent().text();
        this.consentedAt = c.consent().at();
        expertise.clear();
        expertise.addAll(codes(TARGET_TYPES, c.targetTypes()));
        expertise.addAll(codes(THREAT_TYPES, c.threatTypes()));
        expertise.addAll(codes(THEMES, c.themes()));
        expertise.addAll(codes(ACTOR_TYPES, c.actorTypes()));
        languages.clear();
        c.languages().forEach(l -> languages.add(new SpokenLanguage(l.code(), l.level())));
        regions.clear();
        regions.addAll(c.regions());
        links.clear();
        links.addAll(c.links());
        publications.clear();
        publications.addAll(c.publications());
        referees.clear();
        c.referees().forEach(r -> referees.add(new Referee(r.name(), r.email(), r.organisation())));
    }

    /** The content as the applicant last confirmed it (or sent it, while unconfirmed). */
    public ApplicationContent content() {
        return new ApplicationContent(
                email,
                givenName,
                familyName,
                organisationName,
                countryIso3,
                position,
                gender,
                codes(TARGET_TYPES),
                codes(THREAT_TYPES),
                codes(THEMES),
                codes(ACTOR_TYPES),
                languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::level)
                                .reversed()
                                .thenComparing(SpokenLanguage::code))
                        .map(l -> new Spoken(l.code(), l.level()))
                        .toList(),
                regions.stream().sorted().toList(),
                yearsOfExperience,
                biography,
                List.copyOf(links),
                List.copyOf(publications),
                referees.stream()
                        .map(r -> new RefereeEntry(r.name(), r.email(), r.organisation()))
                        .toList(),
                language,
                new Consent(consentVersion, consentText, consentedAt));
    }

    public String email() {
        return email;
    }

    public @Nullable String organisationName() {
        return organisationName;
    }

    public String countryIso3() {
        return countryIso3;
    }

    public String language() {
        return language;
    }

    public String displayName() {
        return givenName + " " + familyName;
    }

    private List<String> codes(String vocabulary) {
        return expertise.stream()
                .filter(e -> e.vocabulary().equals(vocabulary))
                .map(ExpertiseCode::code)
                .sorted()
                .toList();
    }

    private static Set<ExpertiseCode> codes(String vocabulary, List<String> codes) {
        Set<ExpertiseCode> set = new HashSet<>();
        codes.forEach(code -> set.add(new ExpertiseCode(vocabulary, code)));
        return set;
    }
}
