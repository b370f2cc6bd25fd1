package org.vtprotect.library.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.Role;

/**
 * Who is reading, and the one rule of what they may read, as a search predicate: every search,
 * facet count, snippet, metadata read and download goes through {@link #mayRead}.
 *
 * <ul>
 *   <li>anonymous: {@code PUBLIC} documents;
 *   <li>any signed-in role: also {@code NETWORK} ones, and {@code RESTRICTED} ones shared with the
 *       account or its organisation;
 *   <li>administrators and programme officers: everything.
 * </ul>
 *
 * Withdrawn documents are hidden from all but staff, and from staff too outside the management pages.
 */
public record Reader(
        boolean signedIn,
        boolean staff,
        @Nullable Long accountId,
        @Nullable Long organisationId) {

    public static final Reader ANONYMOUS = new Reader(false, false, null, null);

    /** The reader behind the current request. A session still owing its second factor holds no role: anonymous. */
    public static Reader current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return ANONYMOUS;
        }
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
        var user = CurrentUser.get();
        if (roles.isEmpty() || user.isEmpty()) {
            return ANONYMOUS;
        }
        boolean staff = roles.contains(Role.ADMINISTRATOR.name()) || roles.contains(Role.PROGRAMME_OFFICER.name());
        return new Reader(true, staff, user.get().accountId(), user.get().organisationId());
    }

    /** The documents this reader may read, withdrawn ones included only when asked and only for staff. */
    public SearchPredicate mayRead(SearchPredicateFactory f, boolean includingWithdrawn) {
        var rule = f.bool();
        if (!(staff && includingWithdrawn)) {
            rule.mustNot(f.match().field("withdrawn").matching(true));
        }
        if (staff) {
            return rule.must(f.matchAll()).toPredicate();
        }
        var levels = f.bool().should(f.match().field("accessLevel").matching(AccessLevel.PUBLIC));
        if (signedIn) {
            levels.should(f.match().field("accessLevel").matching(AccessLevel.NETWORK));
            if (accountId != null) {
                levels.should(f.match().field("sharedAccounts").matching(String.valueOf(accountId)));
            }
            if (organisationId != null) {
                levels.should(f.match().field("sharedOrganisations").matching(String.valueOf(organisationId)));
            }
        }
        return rule.must(levels).toPredicate();
    }
}
