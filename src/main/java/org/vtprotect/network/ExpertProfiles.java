package org.vtprotect.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.network.ApplicationRequest.Expertise;
import org.vtprotect.network.internal.ApplicationCheck;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.ProfileProjection;
import org.vtprotect.network.internal.Publication;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * The signed-in expert's own profile: read it, write it anew. The details are checked as an
 * application's are; a publication may be a library document the expert may read; a change made
 * since the expert read the profile is a 409 rather than silently overwritten.
 */
@Service
public class ExpertProfiles {

    static final int MAX_NOTE = 500;
    private static final Pattern DOCUMENT =
            Pattern.compile("^(.*?)\\s*(?:https?://[^\\s/]+)?/library/(\\d{1,18})/?\\s*$");

    private final NetworkMembership membership;
    private final ExpertMemberRepository members;
    private final ApplicationCheck check;
    private final ProfileProjection projection;
    private final LibraryDocuments documents;

    ExpertProfiles(
            NetworkMembership membership,
            ExpertMemberRepository members,
            ApplicationCheck check,
            ProfileProjection projection,
            LibraryDocuments documents) {
        this.membership = membership;
        this.members = members;
        this.check = check;
        this.projection = projection;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public MyProfile mine() {
        ExpertMember me = members.findById(membership.member().id()).orElseThrow();
        return new MyProfile(
                projection.of(me, new Viewer(false, me.id()), LocalDate.now(ZoneOffset.UTC)),
                me.version(),
                me.available());
    }

    /** Writes the profile anew; 400 naming each field at fault, 409 when it changed since it was read. */
    @Transactional
    public MyProfile edit(ProfileChange change, Locale locale) {
        ExpertMember me = members.findById(membership.member().id()).orElseThrow();
        if (change.version() != me.version()) {
            throw ProblemException.conflict("networkExperts.profile.stale");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ApplicationContent content = null;
        try {
            content = check.check(asApplication(change.details(), me), locale);
        } catch (ProblemException e) {
            problems.addAll(e.fieldProblems());
        }
        List<Publication> publications = content == null ? List.of() : publications(content.publications(), problems);
        Map<ProfileField, Visibility> visibility = visibility(change.visibility(), problems);
        String note =
                change.availabilityNote() == null || change.availabilityNote().isBlank()
                        ? null
                        : change.availabilityNote().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("availabilityNote", "networkExperts.note.tooLong"));
        }
        LocalDate until = until(change.availableUntil(), problems);
        if (!problems.isEmpty() || content == null) {
            throw ProblemException.invalid(problems);
        }
        me.editProfile(content, publications, visibility, change.available(), note, until, Instant.now());
        members.saveAndFlush(me);
        return new MyProfile(
                projection.of(me, new Viewer(false, me.id()), LocalDate.now(ZoneOffset.UTC)),
                me.version(),
                me.available());
    }

    private static ApplicationRequest asApplication(ApplicationRequest d, ExpertMember me) {
        Expertise expertise = d.expertise() == null ? new Expertise(null, null, null, null) : d.expertise();
        return new ApplicationRequest(
                d.givenName(),
                d.familyName(),
                me.email(),
                d.organisationName(),
                d.countryIso3(),
                d.position(),
                d.gender(),
                expertise,
                d.languages(),
                d.regions(),
                d.yearsOfExperience(),
                d.biography(),
                d.links(),
                d.publications(),
                List.of(),
                me.language(),
                true);
    }

    private List<Publication> publications(List<String> lines, List<FieldProblem> problems) {
        List<Publication> publications = new ArrayList<>();
        for (String line : lines) {
            Matcher m = DOCUMENT.matcher(line);
            if (!m.matches()) {
                publications.add(new Publication(line, null));
                continue;
            }
            long id = Long.parseLong(m.group(2));
            DocumentView document = documents.find(id).orElse(null);
            if (document == null) {
                problems.add(new FieldProblem("publications", "networkExperts.publication.unknownDocument"));
                return List.of();
            }
            String citation = m.group(1).isBlank() ? document.title() : m.group(1);
            publications.add(new Publication(citation.length() > 1000 ? citation.substring(0, 1000) : citation, id));
        }
        return publications;
    }

    private static Map<ProfileField, Visibility> visibility(
            Map<ProfileField, String> given, List<FieldProblem> problems) {
        Map<ProfileField, Visibility> chosen = new EnumMap<>(ProfileField.class);
        given.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                chosen.put(field, Visibility.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("visibility." + field.name(), "networkExperts.visibility.unknown"));
            }
        });
        return chosen;
    }

    private static LocalDate until(String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("availableUntil", "networkExperts.until.invalid"));
            return null;
        }
    }
}
