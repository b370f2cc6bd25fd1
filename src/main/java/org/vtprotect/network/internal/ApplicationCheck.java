package org.vtprotect.network.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.ApplicationContent;
import org.vtprotect.network.ApplicationContent.Consent;
import org.vtprotect.network.ApplicationContent.RefereeEntry;
import org.vtprotect.network.ApplicationContent.Spoken;
import org.vtprotect.network.ApplicationRequest;
import org.vtprotect.network.ApplicationRequest.Expertise;
import org.vtprotect.network.ApplicationRequest.LanguageSkill;
import org.vtprotect.network.ApplicationRequest.RefereeDetails;
import org.vtprotect.network.LanguageLevel;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** Checks an application field by field and answers a 400 naming every field at fault. */
@Component
public class ApplicationCheck {

    /** The version of the consent text ({@code network.consent.text}); change it with the text. */
    public static final String CONSENT_VERSION = "network-consent-1";

    static final int MAX_LINKS = 5;
    static final int MAX_PUBLICATIONS = 20;
    static final int MAX_REFEREES = 2;
    static final int MAX_LIST = 50;

    private final Taxonomy taxonomy;
    private final Countries countries;
    private final Regions regions;
    private final MessageSource messages;

    ApplicationCheck(Taxonomy taxonomy, Countries countries, Regions regions, MessageSource messages) {
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.regions = regions;
        this.messages = messages;
    }

    public ApplicationContent check(ApplicationRequest r, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        Text text = new Text(problems);
        String email = text.email(r.email(), "email");
        String given = text.required(r.givenName(), "givenName", 200);
        String family = text.required(r.familyName(), "familyName", 200);
        String organisation = text.optional(r.organisationName(), "organisationName", 300);
        String country = Text.tidy(r.countryIso3());
        if (country == null) {
            problems.add(new FieldProblem("countryIso3", "network.application.country.required"));
        } else if (!countries.exists(country)) {
            problems.add(new FieldProblem("countryIso3", "network.application.country.unknown"));
        }
        String position = text.optional(r.position(), "position", 300);
        Gender gender = gender(r.gender(), problems);
        Expertise expertise = r.expertise() == null ? new Expertise(null, null, null, null) : r.expertise();
        List<String> targets = codes(Vocabulary.TARGET_TYPES, expertise.targetTypes(), problems);
        List<String> threats = codes(Vocabulary.THREAT_TYPES, expertise.threatTypes(), problems);
        List<String> themes = codes(Vocabulary.THEMES, expertise.themes(), problems);
        List<String> actors = codes(Vocabulary.ACTOR_TYPES, expertise.actorTypes(), problems);
        if (targets.isEmpty() && threats.isEmpty() && themes.isEmpty() && actors.isEmpty()) {
            problems.add(new FieldProblem("expertise", "network.application.expertise.required"));
        }
        List<Spoken> spoken = languages(r.languages(), problems);
        List<String> regionCodes = regions(r.regions(), problems);
        Integer years = r.yearsOfExperience();
        if (years != null && (years < 0 || years > 70)) {
            problems.add(new FieldProblem("yearsOfExperience", "network.application.years.invalid"));
        }
        String biography = text.optional(r.biography(), "biography", 4000);
        List<String> links = text.list(r.links(), "links", MAX_LINKS, 500);
        if (links.stream().anyMatch(link -> !Text.isWebAddress(link))) {
            problems.add(new FieldProblem("links", "network.application.links.invalid"));
        }
        List<String> publications = text.list(r.publications(), "publications", MAX_PUBLICATIONS, 1000);
        List<RefereeEntry> referees = referees(r.referees(), email, text, problems);
        String language = Text.tidy(r.language());
        if (language == null || !Languages.isSupported(language)) {
            language = Languages.resolve(locale.getLanguage()).getLanguage();
        }
        if (!Boolean.TRUE.equals(r.consent())) {
            problems.add(new FieldProblem("consent", "network.application.consent.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String consentText = messages.getMessage("network.consent.text", null, Locale.forLanguageTag(language));
        return new ApplicationContent(
                email,
                given,
                family,
                organisation,
                countries.find(country).orElseThrow().iso3(),
                position,
                gender,
                targets,
                threats,
                themes,
                actors,
                spoken,
                regionCodes,
                years,
                biography,
                links,
                publications,
                referees,
                language,
                new Consent(CONSENT_VERSION, consentText, Instant.now()));
    }

    private List<String> codes(Vocabulary vocabulary, @Nullable List<String> given, List<FieldProblem> problems) {
        List<String> codes = Text.distinct(given);
        String field = "expertise." + vocabulary.key();
        if (codes.size() > MAX_LIST || !taxonomy.containsAll(vocabulary, codes)) {
            problems.add(new FieldProblem(field, "network.application.code.unknown"));
            return List.of();
        }
        return codes;
    }

    private List<Spoken> languages(@Nullable List<LanguageSkill> given, List<FieldProblem> problems) {
        Map<String, LanguageLevel> levels = new LinkedHashMap<>();
        List<LanguageSkill> skills = given == null ? List.of() : given;
        if (skills.size() > MAX_LIST) {
            problems.add(new FieldProblem("languages", "network.application.languages.tooMany"));
            return List.of();
        }
        for (LanguageSkill skill : skills) {
            String code = skill == null ? null : Text.tidy(skill.code());
            if (code == null) {
                continue;
            }
            code = code.toLowerCase(Locale.ROOT);
            LanguageLevel level = level(skill.level());
            if (!Text.isLanguage(code) || level == null) {
                problems.add(new FieldProblem("languages", "network.application.languages.invalid"));
                return List.of();
            }
            levels.merge(code, level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return levels.entrySet().stream()
                .map(e -> new Spoken(e.getKey(), e.getValue()))
                .toList();
    }

    private List<String> regions(@Nullable List<String> given, List<FieldProblem> problems) {
        List<String> codes = Text.distinct(given);
        if (codes.size() > MAX_LIST || !codes.stream().allMatch(regions::exists)) {
            problems.add(new FieldProblem("regions", "network.application.regions.unknown"));
            return List.of();
        }
        return codes;
    }

    private static List<RefereeEntry> referees(
            @Nullable List<RefereeDetails> given, String applicant, Text text, List<FieldProblem> problems) {
        List<RefereeDetails> all = given == null ? List.of() : given;
        if (all.size() > MAX_REFEREES) {
            problems.add(new FieldProblem("referees", "network.application.referees.tooMany"));
            return List.of();
        }
        List<RefereeEntry> referees = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            RefereeDetails r = all.get(i);
            if (r == null || (Text.tidy(r.name()) == null && Text.tidy(r.email()) == null)) {
                continue;
            }
            String prefix = "referees[" + i + "].";
            String name = text.required(r.name(), prefix + "name", 200);
            String email = text.email(r.email(), prefix + "email");
            if (!email.isEmpty() && email.equals(applicant)) {
                problems.add(new FieldProblem(prefix + "email", "network.application.referee.self"));
            }
            referees.add(new RefereeEntry(name, email, text.optional(r.organisation(), prefix + "organisation", 300)));
        }
        return referees;
    }

    private static Gender gender(@Nullable String given, List<FieldProblem> problems) {
        String value = Text.tidy(given);
        if (value == null) {
            return Gender.UNDISCLOSED;
        }
        try {
            return Gender.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("gender", "network.application.gender.unknown"));
            return Gender.UNDISCLOSED;
        }
    }

    private static @Nullable LanguageLevel level(@Nullable String given) {
        String value = Text.tidy(given);
        if (value == null) {
            return null;
        }
        try {
            return LanguageLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
