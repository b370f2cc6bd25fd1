package org.vtprotect.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.directory.Gender;
import org.vtprotect.network.internal.MembershipCounts;
import org.vtprotect.network.internal.MembershipCounts.CountedMember;
import org.vtprotect.network.internal.MembershipCounts.Held;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;

/**
 * Membership figures for a period, from the member rows kept through leaving and erasure, so that
 * no erasure ever changes a figure. Days are UTC days; a period is at most {@value #MAX_YEARS} years.
 */
@Service
public class NetworkFigures {

    public static final int MAX_YEARS = 50;

    /** The five M49 regions, in the order the figures list them. */
    public static final List<String> REGIONS = List.of("002", "019", "142", "150", "009");

    /** The region key of a country in no M49 region. */
    public static final String NO_REGION = "none";

    private final MembershipCounts counts;
    private final Countries countries;
    private final Clock clock = Clock.systemUTC();

    NetworkFigures(MembershipCounts counts, Countries countries) {
        this.counts = counts;
        this.countries = countries;
    }

    /**
     * The figures of the period; a missing {@code to} is today, a missing {@code from} the first day
     * of the month eleven months before {@code to}. Malformed dates, {@code to} before {@code from}
     * or a period over {@value #MAX_YEARS} years: 400 naming the field.
     */
    @Transactional(readOnly = true)
    public MembershipFigures figures(@Nullable String from, @Nullable String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate end = date("to", to, problems);
        LocalDate start = date("from", from, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        LocalDate last = end == null ? LocalDate.now(clock) : end;
        LocalDate first = start == null ? last.withDayOfMonth(1).minusMonths(11) : start;
        if (last.isBefore(first)) {
            throw ProblemException.invalid("to", "networkPrivacy.period.order");
        }
        if (first.plusYears(MAX_YEARS).isBefore(last)) {
            throw ProblemException.invalid("to", "networkPrivacy.period.tooLong");
        }
        return compute(first, last);
    }

    /** Members now, by M49 region of their country: every region named, for the public page. */
    @Transactional(readOnly = true)
    public Map<String, Long> membersByRegionNow() {
        Instant now = clock.instant();
        List<CountedMember> members = counts.admittedBefore(now).stream()
                .filter(m -> MembershipCounts.memberAt(m, now))
                .toList();
        return byRegion(members);
    }

    private MembershipFigures compute(LocalDate first, LocalDate last) {
        Instant start = startOf(first);
        Instant end = startOf(last.plusDays(1));
        List<CountedMember> admitted = counts.admittedBefore(end);
        List<CountedMember> members =
                admitted.stream().filter(m -> MembershipCounts.memberAt(m, end)).toList();
        Set<Long> ids = members.stream().map(CountedMember::id).collect(Collectors.toSet());

        Map<String, Long> byGender = new LinkedHashMap<>();
        for (Gender gender : Gender.values()) {
            byGender.put(gender.name(), 0L);
        }
        members.forEach(m -> byGender.merge(m.gender(), 1L, Long::sum));

        List<MembershipFigures.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(first);
                !month.isAfter(YearMonth.from(last));
                month = month.plusMonths(1)) {
            LocalDate monthEnd = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
            Instant at = startOf(monthEnd.plusDays(1));
            long count = admitted.stream()
                    .filter(m -> MembershipCounts.memberAt(m, at))
                    .count();
            months.add(new MembershipFigures.Month(month.toString(), monthEnd, count));
        }

        return new MembershipFigures(
                first,
                last,
                members.size(),
                counts.decided(ApplicationState.ADMITTED.name(), start, end),
                counts.decided(ApplicationState.DECLINED.name(), start, end),
                counts.pendingAt(end),
                byRegion(members),
                byGender,
                held(counts.expertise("targetTypes", end), ids),
                held(counts.languages(end), ids),
                months);
    }

    private Map<String, Long> byRegion(List<CountedMember> members) {
        Map<String, Long> byRegion = new LinkedHashMap<>();
        REGIONS.forEach(r -> byRegion.put(r, 0L));
        for (CountedMember member : members) {
            String region = countries
                    .find(member.countryIso3())
                    .map(Country::regionCode)
                    .filter(code -> code != null && !code.isBlank())
                    .orElse(NO_REGION);
            byRegion.merge(region, 1L, Long::sum);
        }
        return byRegion;
    }

    /** How many of the members hold each code, most held first, then by code. */
    private static Map<String, Long> held(List<Held> rows, Set<Long> members) {
        Map<String, Long> counted = rows.stream()
                .filter(h -> members.contains(h.memberId()))
                .collect(Collectors.groupingBy(Held::code, TreeMap::new, Collectors.counting()));
        return counted.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 10) {
            problems.add(new FieldProblem(field, "networkPrivacy.period.date.invalid"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 9000) {
                problems.add(new FieldProblem(field, "networkPrivacy.period.date.invalid"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "networkPrivacy.period.date.invalid"));
            return null;
        }
    }
}
