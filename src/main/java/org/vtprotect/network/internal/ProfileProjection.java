package org.vtprotect.network.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.network.ExpertProfile;
import org.vtprotect.network.ExpertProfile.Availability;
import org.vtprotect.network.ExpertProfile.Expertise;
import org.vtprotect.network.ExpertProfile.Language;
import org.vtprotect.network.ExpertProfile.PublicationView;
import org.vtprotect.network.ProfileField;
import org.vtprotect.network.Viewer;
import org.vtprotect.network.Visibility;

/**
 * The one place where a member becomes what a viewer may see: every field the member keeps for the
 * programme is dropped here for other members, before anything searches, counts or shows it.
 */
@Component
public class ProfileProjection {

    private final LibraryDocuments documents;

    ProfileProjection(LibraryDocuments documents) {
        this.documents = documents;
    }

    /** The profile as the viewer may see it; call inside a transaction (collections are lazy). */
    public ExpertProfile of(ExpertMember m, Viewer viewer, LocalDate today) {
        boolean all = viewer.seesAll(m.id());
        Shown shown = field -> all || m.visibility(field) == Visibility.NETWORK;
        return new ExpertProfile(
                m.id(),
                m.sampleData(),
                shown.test(ProfileField.NAME) ? m.givenName() : null,
                shown.test(ProfileField.NAME) ? m.familyName() : null,
                shown.test(ProfileField.EMAIL) ? m.email() : null,
                shown.test(ProfileField.ORGANISATION) ? m.organisationName() : null,
                shown.test(ProfileField.COUNTRY) ? m.countryIso3() : null,
                shown.test(ProfileField.POSITION) ? m.position() : null,
                shown.test(ProfileField.GENDER) ? m.gender() : null,
                shown.test(ProfileField.YEARS_OF_EXPERIENCE) ? m.yearsOfExperience() : null,
                shown.test(ProfileField.BIOGRAPHY) ? m.biography() : null,
                shown.test(ProfileField.EXPERTISE)
                        ? new Expertise(
                                m.expertise(ApplicationFields.TARGET_TYPES),
                                m.expertise(ApplicationFields.THREAT_TYPES),
                                m.expertise(ApplicationFields.THEMES),
                                m.expertise(ApplicationFields.ACTOR_TYPES))
                        : null,
                shown.test(ProfileField.LANGUAGES) ? languages(m) : null,
                shown.test(ProfileField.REGIONS) ? m.regions().stream().sorted().toList() : null,
                shown.test(ProfileField.LINKS) ? List.copyOf(m.links()) : null,
                shown.test(ProfileField.PUBLICATIONS) ? publications(m) : null,
                shown.test(ProfileField.AVAILABILITY)
                        ? new Availability(m.availableOn(today), m.availabilityNote(), m.availableUntil())
                        : null,
                all ? m.visibilities() : null);
    }

    private static List<Language> languages(ExpertMember m) {
        return m.languages().stream()
                .sorted(Comparator.comparing(SpokenLanguage::level).reversed().thenComparing(SpokenLanguage::code))
                .map(l -> new Language(l.code(), l.level()))
                .toList();
    }

    private List<PublicationView> publications(ExpertMember m) {
        return m.publicationEntries().stream().map(this::publication).toList();
    }

    private PublicationView publication(Publication p) {
        Long id = p.documentId();
        @Nullable DocumentView document = id == null ? null : documents.find(id).orElse(null);
        return document == null
                ? new PublicationView(p.citation(), null, null)
                : new PublicationView(p.citation(), document.id(), document.title());
    }

    private interface Shown {
        boolean test(ProfileField field);
    }
}
