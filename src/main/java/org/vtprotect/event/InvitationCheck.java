package org.vtprotect.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;

/**
 * Checks a list of invitees: a valid address each, a known country if one is given, names and
 * organisation of sensible length. Answers them tidied (address lower-cased, country upper-cased,
 * language one of the six, the organiser's by default), or a 400 naming each field at fault with
 * its position ({@code invitations[0].email}, or {@code rows[5].email} for the line of a file).
 */
@Component
class InvitationCheck {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final Countries countries;

    InvitationCheck(Countries countries) {
        this.countries = countries;
    }

    List<InvitationRequest> checked(
            List<InvitationRequest> requests, String fieldFormat, int firstNumber, Locale fallback) {
        if (requests.size() > Invitations.MAX_AT_ONCE) {
            throw ProblemException.invalid("invitations", "event.invitation.tooMany");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<InvitationRequest> tidy = new ArrayList<>();
        String defaultLanguage = Languages.isSupported(fallback.getLanguage()) ? fallback.getLanguage() : "en";
        for (int i = 0; i < requests.size(); i++) {
            InvitationRequest r = requests.get(i);
            String prefix = fieldFormat.formatted(i + firstNumber);
            String email = tidy(r.email());
            if (email == null || email.length() > 320 || !email.matches(EMAIL)) {
                problems.add(new FieldProblem(prefix + "email", "event.registration.email.invalid"));
            }
            String country = tidy(r.countryIso3());
            if (country != null && !countries.exists(country)) {
                problems.add(new FieldProblem(prefix + "country", "event.venue.country.unknown"));
            }
            String language = tidy(r.language());
            if (language != null && !Languages.isSupported(language.toLowerCase(Locale.ROOT))) {
                problems.add(new FieldProblem(prefix + "language", "event.invitation.language.unknown"));
            }
            String given = bounded(r.givenName(), 200, prefix + "givenName", problems);
            String family = bounded(r.familyName(), 200, prefix + "familyName", problems);
            String organisation = bounded(r.organisation(), 300, prefix + "organisation", problems);
            tidy.add(new InvitationRequest(
                    email == null ? "" : email.toLowerCase(Locale.ROOT),
                    given,
                    family,
                    organisation,
                    country == null || !countries.exists(country)
                            ? null
                            : countries.find(country).orElseThrow().iso3(),
                    language == null ? defaultLanguage : language.toLowerCase(Locale.ROOT)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return tidy;
    }

    private static @Nullable String bounded(@Nullable String text, int max, String field, List<FieldProblem> problems) {
        String value = tidy(text);
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "event.invitation.tooLong"));
        }
        return value;
    }

    private static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
