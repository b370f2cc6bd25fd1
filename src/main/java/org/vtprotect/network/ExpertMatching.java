package org.vtprotect.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.internal.CodeCheck;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.network.internal.RegionHierarchy;
import org.vtprotect.network.internal.SpokenLanguage;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Ranks the active members for a need (programme officers, who see every field). The score is the
 * sum of:
 *
 * <ul>
 *   <li><b>3</b> for each target type of the need the expert works on;
 *   <li><b>3</b> for each threat type of the need the expert knows;
 *   <li><b>2</b> for each theme of the need in the expert's expertise;
 *   <li>for each language of the need the expert speaks: <b>3</b> native or fluent, <b>2</b> working
 *       knowledge, <b>1</b> basic;
 *   <li>for each region of the need, the best of: <b>3</b> when a region of experience is that region
 *       or lies inside it (Western Africa for Africa), <b>2</b> when the expert's country lies in it,
 *       <b>1</b> when a region of experience contains it (Africa for Western Africa);
 *   <li><b>1</b> when the expert is available for missions today (said so, until-date not past).
 * </ul>
 *
 * Experts who meet no criterion of the need are not listed, whatever their availability. Equal
 * scores are ordered by name, then by id. Each point comes with its reason, in the reader's language.
 */
@Service
public class ExpertMatching {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private final ExpertMemberRepository members;
    private final RegionHierarchy hierarchy;
    private final CodeCheck check;
    private final Taxonomy taxonomy;
    private final Countries countries;
    private final MessageSource messages;

    ExpertMatching(
            ExpertMemberRepository members,
            RegionHierarchy hierarchy,
            CodeCheck check,
            Taxonomy taxonomy,
            Countries countries,
            MessageSource messages) {
        this.members = members;
        this.hierarchy = hierarchy;
        this.check = check;
        this.taxonomy = taxonomy;
        this.countries = countries;
        this.messages = messages;
    }

    /** The best experts for the need, best first; 400 naming each field at fault. */
    @Transactional(readOnly = true)
    public List<ExpertMatch> match(MatchNeed need, Locale locale) {
        Criteria c = checked(need);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return members.findByState(MemberState.ACTIVE).stream()
                .map(m -> score(m, c, today, locale))
                .filter(m -> m != null)
                .sorted(Comparator.comparingInt(ExpertMatch::score)
                        .reversed()
                        .thenComparing(ExpertMatch::name)
                        .thenComparingLong(ExpertMatch::expertId))
                .limit(c.limit())
                .toList();
    }

    private record Criteria(
            List<String> targets,
            List<String> threats,
            List<String> themes,
            List<String> languages,
            List<String> regions,
            int limit) {}

    private Criteria checked(MatchNeed need) {
        List<FieldProblem> problems = new ArrayList<>();
        Criteria c = new Criteria(
                MatchNeed.clean(need.targetTypes()),
                MatchNeed.clean(need.threatTypes()),
                MatchNeed.clean(need.themes()),
                MatchNeed.clean(need.languages()),
                MatchNeed.clean(need.regions()),
                need.limit() == null ? DEFAULT_LIMIT : need.limit());
        check.vocabulary(Vocabulary.TARGET_TYPES, c.targets(), "targetTypes", problems);
        check.vocabulary(Vocabulary.THREAT_TYPES, c.threats(), "threatTypes", problems);
        check.vocabulary(Vocabulary.THEMES, c.themes(), "themes", problems);
        check.languages(c.languages(), "languages", problems);
        check.regions(c.regions(), "regions", problems);
        if (c.limit() < 1 || c.limit() > MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "networkExperts.limit.invalid"));
        }
        if (problems.isEmpty()
                && c.targets().isEmpty()
                && c.threats().isEmpty()
                && c.themes().isEmpty()
                && c.languages().isEmpty()
                && c.regions().isEmpty()) {
            problems.add(new FieldProblem("targetTypes", "networkExperts.need.empty"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return c;
    }

    private @Nullable ExpertMatch score(ExpertMember m, Criteria c, LocalDate today, Locale locale) {
        int score = 0;
        List<String> reasons = new ArrayList<>();
        for (String code : c.targets()) {
            if (m.expertise(Vocabulary.TARGET_TYPES.key()).contains(code)) {
                score += 3;
                reasons.add(
                        text("networkExperts.reason.targetType", locale, label(Vocabulary.TARGET_TYPES, code, locale)));
            }
        }
        for (String code : c.threats()) {
            if (m.expertise(Vocabulary.THREAT_TYPES.key()).contains(code)) {
                score += 3;
                reasons.add(
                        text("networkExperts.reason.threatType", locale, label(Vocabulary.THREAT_TYPES, code, locale)));
            }
        }
        for (String code : c.themes()) {
            if (m.expertise(Vocabulary.THEMES.key()).contains(code)) {
                score += 2;
                reasons.add(text("networkExperts.reason.theme", locale, label(Vocabulary.THEMES, code, locale)));
            }
        }
        for (String code : c.languages()) {
            for (SpokenLanguage spoken : m.languages()) {
                if (spoken.code().equals(code)) {
                    score += switch (spoken.level()) {
                        case NATIVE, FLUENT -> 3;
                        case WORKING -> 2;
                        case BASIC -> 1;
                    };
                    reasons.add(text(
                            "networkExperts.reason.language",
                            locale,
                            language(code, locale),
                            text("networkExperts.level." + spoken.level().name(), locale)));
                }
            }
        }
        for (String region : c.regions()) {
            score += region(m, region, reasons, locale);
        }
        if (score == 0) {
            return null;
        }
        boolean available = m.availableOn(today);
        if (available) {
            score += 1;
            reasons.add(text("networkExperts.reason.available", locale));
        } else {
            reasons.add(text("networkExperts.reason.unavailable", locale));
        }
        return new ExpertMatch(m.id(), m.displayName(), score, List.copyOf(reasons), available);
    }

    private int region(ExpertMember m, String region, List<String> reasons, Locale locale) {
        String name = countries.regionName(region, locale);
        for (String own : m.regions()) {
            if (hierarchy.within(own, region)) {
                reasons.add(text("networkExperts.reason.region", locale, countries.regionName(own, locale)));
                return 3;
            }
        }
        if (hierarchy.countryIn(m.countryIso3(), region)) {
            String country =
                    countries.find(m.countryIso3()).map(x -> x.name(locale)).orElse(m.countryIso3());
            reasons.add(text("networkExperts.reason.country", locale, country, name));
            return 2;
        }
        for (String own : m.regions()) {
            if (hierarchy.within(region, own)) {
                reasons.add(text("networkExperts.reason.broaderRegion", locale, countries.regionName(own, locale)));
                return 1;
            }
        }
        return 0;
    }

    private String label(Vocabulary vocabulary, String code, Locale locale) {
        String label = taxonomy.label(vocabulary, code, locale);
        boolean word = label.length() > 1 && Character.isLowerCase(label.charAt(1));
        return word ? label.substring(0, 1).toLowerCase(locale) + label.substring(1) : label;
    }

    static String language(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
