package org.vtprotect.network;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.ExpertMemberRepository;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.Role;

/**
 * Who may see the network's experts. Staff may; an account with the {@code EXPERT} role may only
 * while its member row (found by the account's address) is {@code ACTIVE}: an expert who left, was
 * erased or was never admitted gets a 403, never data.
 */
@Service
public class NetworkMembership {

    private final ExpertMemberRepository members;

    NetworkMembership(ExpertMemberRepository members) {
        this.members = members;
    }

    /** The current viewer, or 403 when the caller is neither staff nor an active member. */
    @Transactional(readOnly = true)
    public Viewer viewer() {
        Set<String> roles = roles();
        if (roles.contains(Role.ADMINISTRATOR.name()) || roles.contains(Role.PROGRAMME_OFFICER.name())) {
            return new Viewer(true, activeMember(roles).map(ExpertMember::id).orElse(null));
        }
        return new Viewer(false, member().id());
    }

    /** The active member behind the current account, or 403. */
    @Transactional(readOnly = true)
    public ExpertMember member() {
        return activeMember(roles())
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "problem.403.detail"));
    }

    private Optional<ExpertMember> activeMember(Set<String> roles) {
        if (!roles.contains(Role.EXPERT.name())) {
            return Optional.empty();
        }
        return CurrentUser.get()
                .flatMap(user -> members.findByEmail(user.email().strip().toLowerCase(Locale.ROOT)))
                .filter(m -> m.state() == MemberState.ACTIVE);
    }

    private static Set<String> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
    }
}
