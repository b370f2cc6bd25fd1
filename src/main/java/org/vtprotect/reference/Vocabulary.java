package org.vtprotect.reference;

/** The controlled vocabularies of {@code reference/taxonomy.json}, by their JSON key. */
public enum Vocabulary {
    TARGET_TYPES("targetTypes"),
    THREAT_TYPES("threatTypes"),
    THEMES("themes"),
    ACTOR_TYPES("actorTypes"),
    PHASES("phases"),
    ORGANISATION_TYPES("organisationTypes"),
    EVENT_TYPES("eventTypes");

    private final String key;

    Vocabulary(String key) {
        this.key = key;
    }

    /** The vocabulary's key in the taxonomy file, the API and the message bundles. */
    public String key() {
        return key;
    }
}
