package org.vtprotect.reference;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A country or area of the M49 standard: ISO codes, UN status, regional group, M49 region,
 * sub-region and intermediate region (codes), and its name in the six languages.
 */
public record Country(
        String iso3,
        String iso2,
        String m49,
        UnStatus unStatus,
        @Nullable String regionalGroup,
        @Nullable String regionCode,
        @Nullable String subregionCode,
        @Nullable String intermediateRegionCode,
        Map<String, String> names) {

    /** Whether the country is a UN Member State, a non-member observer State, or neither. */
    public enum UnStatus {
        MEMBER,
        OBSERVER,
        NONE
    }

    /** The name in the given language, English when that language has none. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.get("en"));
    }

    public boolean isMemberState() {
        return unStatus == UnStatus.MEMBER;
    }

    public boolean isObserverState() {
        return unStatus == UnStatus.OBSERVER;
    }
}
