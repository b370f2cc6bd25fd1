package org.vtprotect.directory;

import org.springframework.http.HttpStatus;
import org.vtprotect.platform.ProblemException;

/** A 409: an organisation of the same name (whatever its case and spacing) is already recorded in that country. */
public class DuplicateOrganisation extends ProblemException {

    private final Organisations.View existing;

    DuplicateOrganisation(Organisations.View existing) {
        super(HttpStatus.CONFLICT, "organisation.duplicate", existing.name(), String.valueOf(existing.id()));
        this.existing = existing;
    }

    /** The organisation already recorded, to point the user to it. */
    public Organisations.View existing() {
        return existing;
    }
}
