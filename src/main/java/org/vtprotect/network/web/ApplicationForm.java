package org.vtprotect.network.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ApplicationRequest;
import org.vtprotect.network.ApplicationRequest.Expertise;
import org.vtprotect.network.ApplicationRequest.LanguageSkill;
import org.vtprotect.network.ApplicationRequest.RefereeDetails;

/**
 * The public application form as typed. The six UN languages each have a level select, two more
 * languages may be chosen; links and publications are one per line; the two referees are spelled out.
 */
public record ApplicationForm(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String organisationName,
        @Nullable String countryIso3,
        @Nullable String position,
        @Nullable String gender,
        @Nullable List<String> targetTypes,
        @Nullable List<String> threatTypes,
        @Nullable List<String> themes,
        @Nullable List<String> actorTypes,
        @Nullable String levelEn,
        @Nullable String levelFr,
        @Nullable String levelEs,
        @Nullable String levelRu,
        @Nullable String levelZh,
        @Nullable String levelAr,
        @Nullable String otherLanguage1,
        @Nullable String otherLevel1,
        @Nullable String otherLanguage2,
        @Nullable String otherLevel2,
        @Nullable List<String> regions,
        @Nullable String yearsOfExperience,
        @Nullable String biography,
        @Nullable String links,
        @Nullable String publications,
        @Nullable String referee1Name,
        @Nullable String referee1Email,
        @Nullable String referee1Organisation,
        @Nullable String referee2Name,
        @Nullable String referee2Email,
        @Nullable String referee2Organisation,
        @Nullable String consent) {

    /** The six UN languages, in the order the form lists them. */
    public static final List<String> UN_LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    static ApplicationForm empty() {
        return new ApplicationForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    ApplicationRequest request(String language) {
        return new ApplicationRequest(
                givenName,
                familyName,
                email,
                organisationName,
                countryIso3,
                position,
                gender,
                new Expertise(targetTypes, threatTypes, themes, actorTypes),
                languages(),
                regions,
                years(),
                biography,
                lines(links),
                lines(publications),
                List.of(
                        new RefereeDetails(referee1Name, referee1Email, referee1Organisation),
                        new RefereeDetails(referee2Name, referee2Email, referee2Organisation)),
                language,
                consented());
    }

    /** The level chosen for one of the six UN languages, by its code. */
    public @Nullable String level(String language) {
        return switch (language) {
            case "en" -> levelEn;
            case "fr" -> levelFr;
            case "es" -> levelEs;
            case "ru" -> levelRu;
            case "zh" -> levelZh;
            case "ar" -> levelAr;
            default -> null;
        };
    }

    public boolean consented() {
        return consent != null && !consent.isBlank() && !"false".equals(consent);
    }

    /** Whether a code was ticked in a list of checkboxes. */
    public static boolean ticked(@Nullable List<String> ticked, String code) {
        return ticked != null && ticked.contains(code);
    }

    private List<LanguageSkill> languages() {
        List<LanguageSkill> skills = new ArrayList<>();
        for (String code : UN_LANGUAGES) {
            String level = level(code);
            if (level != null && !level.isBlank()) {
                skills.add(new LanguageSkill(code, level));
            }
        }
        if (otherLanguage1 != null && !otherLanguage1.isBlank()) {
            skills.add(new LanguageSkill(otherLanguage1, blankToNull(otherLevel1)));
        }
        if (otherLanguage2 != null && !otherLanguage2.isBlank()) {
            skills.add(new LanguageSkill(otherLanguage2, blankToNull(otherLevel2)));
        }
        return skills;
    }

    /** Years as typed; anything that is not a whole number becomes -1, which the check refuses. */
    private @Nullable Integer years() {
        if (yearsOfExperience == null || yearsOfExperience.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(yearsOfExperience.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /** The form's name for a field the service names. */
    static String formField(String field) {
        return switch (field) {
            case "expertise.targetTypes" -> "targetTypes";
            case "expertise.threatTypes" -> "threatTypes";
            case "expertise.themes" -> "themes";
            case "expertise.actorTypes" -> "actorTypes";
            case "referees[0].name" -> "referee1Name";
            case "referees[0].email" -> "referee1Email";
            case "referees[0].organisation" -> "referee1Organisation";
            case "referees[1].name" -> "referee2Name";
            case "referees[1].email" -> "referee2Email";
            case "referees[1].organisation" -> "referee2Organisation";
            default -> field;
        };
    }
}
