package org.vtprotect.library;

import java.util.Arrays;
import java.util.Optional;

/**
 * What search results can be filtered and counted by: the request parameter (and key of the
 * facet counts) and the index field it reads. Values combine with OR within a facet, AND across.
 */
public enum Facet {
    TARGET_TYPE("targetType", "targetTypes", String.class),
    THREAT_TYPE("threatType", "threatTypes", String.class),
    THEME("theme", "themes", String.class),
    ACTOR_TYPE("actorType", "actorTypes", String.class),
    PHASE("phase", "phases", String.class),
    COUNTRY("country", "countries", String.class),
    REGION("region", "regions", String.class),
    LANGUAGE("language", "language", String.class),
    YEAR("year", "publicationYear", Integer.class),
    SOURCE_ORGANISATION("sourceOrganisation", "sourceOrganisationId", Long.class);

    private final String parameter;
    private final String field;
    private final Class<?> type;

    Facet(String parameter, String field, Class<?> type) {
        this.parameter = parameter;
        this.field = field;
        this.type = type;
    }

    /** The request parameter, and the key of this facet's counts in results. */
    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    public Class<?> type() {
        return type;
    }

    public static Optional<Facet> ofParameter(String parameter) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(parameter))
                .findFirst();
    }
}
