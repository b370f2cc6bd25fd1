package org.vtprotect.account;

/** The actions the audit trail names; other modules add their own strings in the same style. */
public final class AuditAction {

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";
    public static final String SIGN_OUT = "SIGN_OUT";
    public static final String SECOND_FACTOR_FAILED = "SECOND_FACTOR_FAILED";
    public static final String SECOND_FACTOR_ENROLLED = "SECOND_FACTOR_ENROLLED";
    public static final String SECOND_FACTOR_REMOVED = "SECOND_FACTOR_REMOVED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String TOKEN_CREATED = "TOKEN_CREATED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    public static final String ACCOUNT_UPDATED = "ACCOUNT_UPDATED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    public static final String ROLES_CHANGED = "ROLES_CHANGED";

    private AuditAction() {}
}
