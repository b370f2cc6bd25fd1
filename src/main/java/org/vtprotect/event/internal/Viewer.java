package org.vtprotect.event.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vtprotect.platform.CurrentUser;
import org.vtprotect.platform.Role;

/**
 * Who is asking, as far as events care: programme staff see and manage every event; a partner
 * manages the events their organisation organises; everyone else sees public events only.
 */
public record Viewer(Set<Role> roles, @Nullable Long organisationId) {

    public static Viewer current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<Role> roles = auth == null
                ? Set.of()
                : auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(a -> a != null && a.startsWith("ROLE_"))
                        .map(a -> a.substring(5))
                        .filter(name -> Set.of(Role.values()).stream()
                                .anyMatch(r -> r.name().equals(name)))
                        .map(Role::valueOf)
                        .collect(Collectors.toUnmodifiableSet());
        Long organisationId = CurrentUser.get().map(CurrentUser::organisationId).orElse(null);
        return new Viewer(roles, organisationId);
    }

    public boolean staff() {
        return roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.PROGRAMME_OFFICER);
    }

    public boolean partner() {
        return roles.contains(Role.PARTNER);
    }

    /** The organisation whose events a partner manages, or null for anyone else. */
    public @Nullable Long partnerOrganisation() {
        return partner() ? organisationId : null;
    }

    /** Whether this viewer may see the event, drafts and invitation-only events included. */
    public boolean maySee(Event event) {
        return event.isPublic() || manages(event);
    }

    /** Whether this viewer may change the event, its registrations and attendance. */
    public boolean manages(Event event) {
        return staff() || (partner() && event.organisedBy(organisationId));
    }
}
