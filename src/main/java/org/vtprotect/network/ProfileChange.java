package org.vtprotect.network;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A profile as the expert wrote it anew: the details checked as an application's are (the address and
 * referees are ignored), one visibility name per field (a field not given keeps its default), whether
 * they are available for missions with a note and a date until which (ISO, {@code yyyy-mm-dd}), and the
 * version they read. A publication line may end with the address of a library document
 * ({@code /library/42}) to say the publication is that document.
 */
public record ProfileChange(
        ApplicationRequest details,
        Map<ProfileField, String> visibility,
        boolean available,
        @Nullable String availabilityNote,
        @Nullable String availableUntil,
        long version) {}
