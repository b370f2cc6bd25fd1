package org.vtprotect.network.discussion;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.MemberState;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/**
 * Tells who may take part: staff (administrators, programme officers), and experts whose member row
 * is active. An expert who left, was erased or has no member row is refused (403), as is anyone else.
 */
@Component
class Readers {

    private final ExpertMemberRepository members;

    Readers(ExpertMemberRepository members) {
        this.members = members;
    }

    @Transactional(readOnly = true)
    Reader current(Locale locale) {
        CurrentUser user = CurrentUser.get().orElseThrow(Readers::forbidden);
        Set<String> roles = roles();
        String email = user.email().strip().toLowerCase(Locale.ROOT);
        boolean officer = roles.contains(Role.PROGRAMME_OFFICER.name());
        if (officer || roles.contains(Role.ADMINISTRATOR.name())) {
            return new Reader(email, user.displayName(), locale.getLanguage(), true, officer);
        }
        if (roles.contains(Role.EXPERT.name())) {
            ExpertMember member = members.findByEmail(email)
                    .filter(m -> m.state() == MemberState.ACTIVE)
                    .orElseThrow(Readers::forbidden);
            String name = member.displayName().isBlank() ? user.displayName() : member.displayName();
            return new Reader(email, name, member.language(), false, false);
        }
        throw forbidden();
    }

    private static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
    }

    private static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "networkDiscussions.forbidden");
    }
}
