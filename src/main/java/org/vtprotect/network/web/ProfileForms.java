package org.vtprotect.network.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ExpertProfile;

/** The profile editor filled from the expert's profile, in the application form's fields. */
final class ProfileForms {

    private ProfileForms() {}

    static ApplicationForm form(ExpertProfile p) {
        var e = p.expertise();
        Map<String, String> levels = p.languages() == null
                ? Map.of()
                : p.languages().stream()
                        .collect(Collectors.toMap(
                                ExpertProfile.Language::code, l -> l.level().name(), (a, b) -> a));
        List<String> others = levels.keySet().stream()
                .filter(code -> !ApplicationForm.UN_LANGUAGES.contains(code))
                .sorted()
                .toList();
        String other1 = others.isEmpty() ? null : others.get(0);
        String other2 = others.size() < 2 ? null : others.get(1);
        return new ApplicationForm(
                p.givenName(),
                p.familyName(),
                p.email(),
                p.organisationName(),
                p.countryIso3(),
                p.position(),
                p.gender() == null ? null : p.gender().name(),
                e == null ? null : e.targetTypes(),
                e == null ? null : e.threatTypes(),
                e == null ? null : e.themes(),
                e == null ? null : e.actorTypes(),
                levels.get("en"),
                levels.get("fr"),
                levels.get("es"),
                levels.get("ru"),
                levels.get("zh"),
                levels.get("ar"),
                other1,
                other1 == null ? null : levels.get(other1),
                other2,
                other2 == null ? null : levels.get(other2),
                p.regions(),
                p.yearsOfExperience() == null ? null : p.yearsOfExperience().toString(),
                p.biography(),
                p.links() == null ? null : String.join("\n", p.links()),
                publications(p.publications()),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static @Nullable String publications(@Nullable List<ExpertProfile.PublicationView> publications) {
        if (publications == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        publications.forEach(
                p -> lines.add(p.documentId() == null ? p.citation() : p.citation() + " /library/" + p.documentId()));
        return String.join("\n", lines);
    }
}
