package org.vtprotect.network;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.internal.CodeCheck;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.Folding;
import org.vtprotect.network.internal.ProfileProjection;
import org.vtprotect.network.internal.RegionHierarchy;
import org.vtprotect.platform.Languages;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Expert search for members and staff. It reads the active members from the database, turns each
 * into the profile the viewer may see ({@link ProfileProjection}), and only then matches words and
 * filters, so a member's search can never match, show or count what another member keeps for the
 * programme. Words are folded (accents and case removed) and must all occur in the visible name,
 * biography or expertise (its labels in the six languages, or its codes).
 *
 * <p>Why not the Lucene index the library uses: visibility is chosen per member and per field, so an
 * index would need every field twice and every query rewritten per role, the place where a mistake
 * leaks. The network counts dozens of members, a few thousand at most; reading them is milliseconds.
 */
@Service
public class ExpertSearch {

    public static final int MAX_SIZE = 200;
    static final int MAX_QUERY = 500;

    private final ExpertMemberRepository members;
    private final ProfileProjection projection;
    private final RegionHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final CodeCheck check;
    private final Clock clock = Clock.systemUTC();

    ExpertSearch(
            ExpertMemberRepository members,
            ProfileProjection projection,
            RegionHierarchy hierarchy,
            Taxonomy taxonomy,
            CodeCheck check) {
        this.members = members;
        this.projection = projection;
        this.hierarchy = hierarchy;
        this.taxonomy = taxonomy;
        this.check = check;
    }

    /** One page of the experts the viewer may find, sorted by name; 400 naming each bad parameter. */
    @Transactional(readOnly = true)
    public ExpertPage search(ExpertQuery query, Viewer viewer, int page, int size, Locale locale) {
        checkQuery(query, page, size);
        LocalDate today = LocalDate.now(clock);
        List<String> words = Folding.words(query.q());
        Collator collator = Collator.getInstance(locale);
        List<ExpertProfile> found = members.findByState(MemberState.ACTIVE).stream()
                .map(m -> projection.of(m, viewer, today))
                .filter(matches(query, words))
                .sorted(Comparator.comparing(
                                (ExpertProfile p) -> p.familyName() == null ? "\uffff" : p.familyName(), collator)
                        .thenComparing(p -> p.givenName() == null ? "" : p.givenName(), collator)
                        .thenComparing(ExpertProfile::id))
                .toList();
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        return new ExpertPage(found.subList(from, to), page, size, found.size());
    }

    /** The profile of one active member as the viewer may see it; 404 for anyone else. */
    @Transactional(readOnly = true)
    public ExpertProfile profile(long id, Viewer viewer) {
        return members.findById(id)
                .filter(m -> m.state() == MemberState.ACTIVE)
                .map(m -> projection.of(m, viewer, LocalDate.now(clock)))
                .orElseThrow(ProblemException::notFound);
    }

    private void checkQuery(ExpertQuery query, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (query.q() != null && query.q().length() > MAX_QUERY) {
            problems.add(new FieldProblem("q", "networkExperts.q.tooLong"));
        }
        check.vocabulary(Vocabulary.TARGET_TYPES, query.targetTypes(), "targetType", problems);
        check.vocabulary(Vocabulary.THREAT_TYPES, query.threatTypes(), "threatType", problems);
        check.vocabulary(Vocabulary.THEMES, query.themes(), "theme", problems);
        check.languages(query.languages(), "language", problems);
        check.countries(query.countries(), "country", problems);
        check.regions(query.regions(), "region", problems);
        if (page < 0 || page > 1_000_000) {
            problems.add(new FieldProblem("page", "networkExperts.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "networkExperts.size.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private Predicate<ExpertProfile> matches(ExpertQuery q, List<String> words) {
        return p -> anyOf(
                        q.targetTypes(),
                        p.expertise() == null ? null : p.expertise().targetTypes())
                && anyOf(
                        q.threatTypes(),
                        p.expertise() == null ? null : p.expertise().threatTypes())
                && anyOf(
                        q.themes(), p.expertise() == null ? null : p.expertise().themes())
                && (q.languages().isEmpty()
                        || (p.languages() != null
                                && p.languages().stream()
                                        .anyMatch(l -> q.languages().contains(l.code()))))
                && (q.countries().isEmpty()
                        || (p.countryIso3() != null && q.countries().contains(p.countryIso3())))
                && (q.regions().isEmpty()
                        || (p.regions() != null
                                && p.regions().stream()
                                        .anyMatch(r -> q.regions().stream().anyMatch(w -> hierarchy.within(r, w)))))
                && (q.available() == null
                        || (p.availability() != null && p.availability().available() == q.available()))
                && (words.isEmpty() || containsAll(text(p), words));
    }

    private static boolean anyOf(List<String> wanted, List<String> has) {
        return wanted.isEmpty() || (has != null && has.stream().anyMatch(wanted::contains));
    }

    private static boolean containsAll(String text, List<String> words) {
        return words.stream().allMatch(text::contains);
    }

    /** The folded text a viewer may search in this profile: only fields already visible to them. */
    private String text(ExpertProfile p) {
        StringBuilder text = new StringBuilder();
        text.append(p.givenName() == null ? "" : p.givenName()).append(' ');
        text.append(p.familyName() == null ? "" : p.familyName()).append(' ');
        text.append(p.biography() == null ? "" : p.biography()).append(' ');
        if (p.expertise() != null) {
            labels(Vocabulary.TARGET_TYPES, p.expertise().targetTypes(), text);
            labels(Vocabulary.THREAT_TYPES, p.expertise().threatTypes(), text);
            labels(Vocabulary.THEMES, p.expertise().themes(), text);
            labels(Vocabulary.ACTOR_TYPES, p.expertise().actorTypes(), text);
        }
        return Folding.fold(text.toString());
    }

    private void labels(Vocabulary vocabulary, List<String> codes, StringBuilder text) {
        for (String code : codes) {
            text.append(code.replace('_', ' ')).append(' ');
            Stream.of(Languages.SUPPORTED.toArray(Locale[]::new))
                    .forEach(l ->
                            text.append(taxonomy.label(vocabulary, code, l)).append(' '));
        }
    }
}
