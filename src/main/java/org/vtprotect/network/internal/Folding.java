package org.vtprotect.network.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Text folded for matching: accents removed, lower case, so "Sécurité" finds "securite". */
public final class Folding {

    private Folding() {}

    public static String fold(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a query, at most twenty, each at most a hundred characters. */
    public static List<String> words(@Nullable String query) {
        return Arrays.stream(fold(query).split("[\\s\\p{Punct}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 100 ? w.substring(0, 100) : w)
                .distinct()
                .limit(20)
                .toList();
    }
}
