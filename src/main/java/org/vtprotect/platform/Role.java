package org.vtprotect.platform;

/** The roles of the platform, as granted to accounts and named in access rules. */
public enum Role {
    ADMINISTRATOR,
    PROGRAMME_OFFICER,
    PARTNER,
    EXPERT,
    FOCAL_POINT,
    SITE_OPERATOR;

    /** Roles of programme staff, who run the programme day to day. */
    public static final String[] STAFF = {ADMINISTRATOR.name(), PROGRAMME_OFFICER.name()};

    /** Every role: any signed-in account. */
    public static String[] all() {
        return java.util.Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** Roles that must confirm sign-in with a second factor once enrolled. */
    public boolean needsSecondFactor() {
        return this == ADMINISTRATOR || this == PROGRAMME_OFFICER;
    }
}
