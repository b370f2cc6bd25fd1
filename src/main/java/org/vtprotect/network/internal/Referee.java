package org.vtprotect.network.internal;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Someone the applicant names to speak of their work. */
@Embeddable
public class Referee {

    private String name;
    private String email;
    private @Nullable String organisation;

    protected Referee() {
        this.name = "";
        this.email = "";
    }

    Referee(String name, String email, @Nullable String organisation) {
        this.name = name;
        this.email = email;
        this.organisation = organisation;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public @Nullable String organisation() {
        return organisation;
    }
}
