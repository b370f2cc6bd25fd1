package org.vtprotect.network;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.directory.Gender;

/**
 * An application's content once checked: tidy, codes known, addresses lower-cased, with the consent
 * given when it was sent. It is also the form in which a change to a confirmed application waits for
 * its confirmation (as JSON), so it holds values only.
 */
public record ApplicationContent(
        String email,
        String givenName,
        String familyName,
        @Nullable String organisationName,
        String countryIso3,
        @Nullable String position,
        Gender gender,
        List<String> targetTypes,
        List<String> threatTypes,
        List<String> themes,
        List<String> actorTypes,
        List<Spoken> languages,
        List<String> regions,
        @Nullable Integer yearsOfExperience,
        @Nullable String biography,
        List<String> links,
        List<String> publications,
        List<RefereeEntry> referees,
        String language,
        Consent consent) {

    /** A language and the level at which the applicant speaks it. */
    public record Spoken(String code, LanguageLevel level) {}

    public record RefereeEntry(
            String name, String email, @Nullable String organisation) {}

    /** The version and the very text of the consent the applicant gave, and when. */
    public record Consent(String version, String text, Instant at) {}

    public String displayName() {
        return givenName + " " + familyName;
    }
}
