package org.vtprotect.network;

/**
 * The parts of an expert's profile whose visibility the expert chooses, each with its default. The
 * e-mail address and gender are for programme officers unless the expert shares them; what makes the
 * network useful to its members (name, organisation, country, expertise, languages, regions, work and
 * availability) is shared with the network unless the expert keeps it for the programme.
 */
public enum ProfileField {
    NAME(Visibility.NETWORK),
    EMAIL(Visibility.PROGRAMME_ONLY),
    ORGANISATION(Visibility.NETWORK),
    COUNTRY(Visibility.NETWORK),
    POSITION(Visibility.NETWORK),
    GENDER(Visibility.PROGRAMME_ONLY),
    YEARS_OF_EXPERIENCE(Visibility.NETWORK),
    BIOGRAPHY(Visibility.NETWORK),
    EXPERTISE(Visibility.NETWORK),
    LANGUAGES(Visibility.NETWORK),
    REGIONS(Visibility.NETWORK),
    LINKS(Visibility.NETWORK),
    PUBLICATIONS(Visibility.NETWORK),
    AVAILABILITY(Visibility.NETWORK);

    private final Visibility byDefault;

    ProfileField(Visibility byDefault) {
        this.byDefault = byDefault;
    }

    public Visibility byDefault() {
        return byDefault;
    }
}
