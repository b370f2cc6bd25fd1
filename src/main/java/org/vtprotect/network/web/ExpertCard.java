package org.vtprotect.network.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.ExpertProfile;

/**
 * An expert's profile in the reader's words: codes turned into labels and names. Every value is
 * {@code null} (or empty) when the profile hides it from the reader.
 */
public record ExpertCard(
        ExpertProfile profile,
        @Nullable String name,
        @Nullable String country,
        @Nullable String gender,
        List<String> targetTypes,
        List<String> threatTypes,
        List<String> themes,
        List<String> actorTypes,
        List<String> languages,
        List<String> regions) {

    public boolean hasExpertise() {
        return !(targetTypes.isEmpty() && threatTypes.isEmpty() && themes.isEmpty() && actorTypes.isEmpty());
    }
}
