package org.vtprotect.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures that count records, each linking to the list of what it counts: registrations
 * ({@code REGISTERED}, {@code ATTENDED}), persons ({@code PARTICIPANTS}), organisations
 * ({@code ENTITIES}) or countries ({@code MEMBER_STATES}, {@code OBSERVER_STATES}).
 */
public enum Counted {
    REGISTERED("registered"),
    ATTENDED("attended"),
    PARTICIPANTS("participants"),
    ENTITIES("entities"),
    MEMBER_STATES("memberStates"),
    OBSERVER_STATES("observerStates");

    private final String parameter;

    Counted(String parameter) {
        this.parameter = parameter;
    }

    /** The name in links and in the API's figures: {@code memberStates}. */
    public String parameter() {
        return parameter;
    }

    public static Optional<Counted> of(String parameter) {
        return Arrays.stream(values())
                .filter(c -> c.parameter.equals(parameter))
                .findFirst();
    }

    /** This figure's value among the figures. */
    public long in(Figures figures) {
        return switch (this) {
            case REGISTERED -> figures.registered();
            case ATTENDED -> figures.attended();
            case PARTICIPANTS -> figures.participants();
            case ENTITIES -> figures.entities();
            case MEMBER_STATES -> figures.memberStates();
            case OBSERVER_STATES -> figures.observerStates();
        };
    }

    /** Whether each record is a registration (else a person, an organisation or a country). */
    public boolean registrations() {
        return this == REGISTERED || this == ATTENDED;
    }
}
