package org.vtprotect.platform;

import java.util.Set;

/**
 * A link a module adds to the site's navigation, shown only to the roles named (everyone when
 * none is named). Modules expose these as beans; the header lists them by section and order.
 */
public record NavigationItem(String path, String labelKey, Section section, int order, Set<Role> roles) {

    public enum Section {
        /** The main bar: Library, Events, Network... */
        MAIN,
        /** The "Manage" menu of programme staff. */
        MANAGE,
        /** The "Administration" menu. */
        ADMINISTRATION
    }

    public static NavigationItem main(String path, String labelKey, int order, Role... roles) {
        return new NavigationItem(path, labelKey, Section.MAIN, order, Set.of(roles));
    }

    public static NavigationItem manage(String path, String labelKey, int order, Role... roles) {
        return new NavigationItem(path, labelKey, Section.MANAGE, order, Set.of(roles));
    }

    public static NavigationItem administration(String path, String labelKey, int order) {
        return new NavigationItem(path, labelKey, Section.ADMINISTRATION, order, Set.of(Role.ADMINISTRATOR));
    }

    public boolean visibleTo(Set<String> grantedRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(role -> grantedRoles.contains(role.name()));
    }
}
