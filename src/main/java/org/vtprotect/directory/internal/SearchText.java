package org.vtprotect.directory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text folded for searching: lower-cased, accents removed, spaces collapsed, so that "Société",
 * "societe" and "SOCIÉTÉ" find each other on every database.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** The width of the {@code search_text} columns. */
    static final int MAX = 800;

    private SearchText() {}

    public static String fold(@Nullable String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(' ').append(part);
            }
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("");
        String folded = PlainText.tidy(bare.toLowerCase(Locale.ROOT));
        return folded.length() > MAX ? folded.substring(0, MAX) : folded;
    }

    /** A LIKE pattern finding the folded query anywhere, with LIKE's wildcards taken literally. */
    public static String containing(String query) {
        String escaped = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
