package org.vtprotect.event;

import org.jspecify.annotations.Nullable;

/**
 * One row of a registration import as the preview shows it: its line in the file, what importing
 * it does, why not when rejected, whom it names, and whether their organisation is one of the
 * directory ({@code MATCHED}), a new one ({@code CREATED}), or none given (null).
 */
public record ImportRow(
        int row,
        ImportOutcome outcome,
        @Nullable ImportRejection reason,
        @Nullable String email,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String organisation,
        @Nullable ImportOutcome organisationOutcome) {}
