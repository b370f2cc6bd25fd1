package org.vtprotect.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application as the applicant sends it (JSON or the form), before any check. Codes are those
 * of the taxonomy, the country ISO alpha-3, regions M49 codes, languages ISO 639-1 codes.
 */
public record ApplicationRequest(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String email,
        @Nullable String organisationName,
        @Nullable String countryIso3,
        @Nullable String position,
        @Nullable String gender,
        @Nullable Expertise expertise,
        @Nullable List<LanguageSkill> languages,
        @Nullable List<String> regions,
        @Nullable Integer yearsOfExperience,
        @Nullable String biography,
        @Nullable List<String> links,
        @Nullable List<String> publications,
        @Nullable List<RefereeDetails> referees,
        @Nullable String language,
        @Nullable Boolean consent) {

    /** The fields of expertise, each a list of codes of one taxonomy vocabulary. */
    public record Expertise(
            @Nullable List<String> targetTypes,
            @Nullable List<String> threatTypes,
            @Nullable List<String> themes,
            @Nullable List<String> actorTypes) {}

    /** A language the applicant speaks and how well: {@code BASIC}, {@code WORKING}, {@code FLUENT}, {@code NATIVE}. */
    public record LanguageSkill(
            @Nullable String code, @Nullable String level) {}

    /** Someone who can speak of the applicant's work. */
    public record RefereeDetails(
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation) {}
}
