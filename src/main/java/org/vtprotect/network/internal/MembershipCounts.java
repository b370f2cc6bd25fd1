package org.vtprotect.network.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the membership figures count, straight from the tables: members (erased ones too, so that an
 * erasure never changes a figure), their expertise and languages, and the decisions on applications.
 */
@Component
public class MembershipCounts {

    /** A member as the figures see them: no name, no address. */
    public record CountedMember(
            long id,
            String countryIso3,
            String gender,
            Instant admittedAt,
            @Nullable Instant leftAt) {}

    /** Whether the member was one at {@code end} (exclusive): admitted before, not left before. */
    public static boolean memberAt(CountedMember member, Instant end) {
        Instant left = member.leftAt();
        return member.admittedAt().isBefore(end) && (left == null || !left.isBefore(end));
    }

    /** One code a member holds (an expertise code or a language). */
    public record Held(long memberId, String code) {}

    private final JdbcTemplate jdbc;

    MembershipCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every member admitted before {@code end}, whatever their state now. */
    public List<CountedMember> admittedBefore(Instant end) {
        return jdbc.query(
                "SELECT id, country_iso3, gender, admitted_at, left_at FROM expert_member WHERE admitted_at < ?",
                (rs, n) -> new CountedMember(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        instant(rs.getObject(5, OffsetDateTime.class))),
                at(end));
    }

    /** The codes of one expertise vocabulary held by members admitted before {@code end}. */
    public List<Held> expertise(String vocabulary, Instant end) {
        return jdbc.query("""
                SELECT e.member_id, e.code FROM expert_member_expertise e JOIN expert_member m ON m.id = e.member_id
                WHERE e.vocabulary = ? AND m.admitted_at < ?
                """, (rs, n) -> new Held(rs.getLong(1), rs.getString(2)), vocabulary, at(end));
    }

    /** The languages spoken by members admitted before {@code end}. */
    public List<Held> languages(Instant end) {
        return jdbc.query("""
                SELECT l.member_id, l.code FROM expert_member_language l JOIN expert_member m ON m.id = l.member_id
                WHERE m.admitted_at < ?
                """, (rs, n) -> new Held(rs.getLong(1), rs.getString(2)), at(end));
    }

    /** Applications decided so ({@code ADMITTED} or {@code DECLINED}) from {@code start} (included) to {@code end} (excluded). */
    public long decided(String state, Instant start, Instant end) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM expert_application WHERE state = ? AND decided_at >= ? AND decided_at < ?",
                Long.class,
                state,
                at(start),
                at(end));
        return count == null ? 0 : count;
    }

    /** Applications confirmed before {@code end} and neither decided nor withdrawn by then. */
    public long pendingAt(Instant end) {
        OffsetDateTime at = at(end);
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM expert_application
                WHERE confirmed_at < ? AND (decided_at IS NULL OR decided_at >= ?)
                  AND (withdrawn_at IS NULL OR withdrawn_at >= ?)
                """, Long.class, at, at, at);
        return count == null ? 0 : count;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
