package org.vtprotect.event;

/** Why a row of an import is rejected; each has its sentence ({@code event.import.reason.<name>}). */
public enum ImportRejection {
    EMAIL_MISSING,
    EMAIL_INVALID,
    NAME_MISSING,
    COUNTRY_UNKNOWN,
    GENDER_UNKNOWN,
    ROLE_UNKNOWN,
    ORGANISATION_INVALID,
    DUPLICATE_IN_FILE,
    ALREADY_REGISTERED,
    INVALID
}
