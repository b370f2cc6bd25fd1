package org.vtprotect.directory.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
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

    private static final int MAX_WORDS = 8;

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

    /**
     * LIKE patterns finding each word of the folded query anywhere (at most {@value #MAX_WORDS}
     * words), with LIKE's wildcards taken literally.
     */
    public static List<String> containingEach(String query) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(folded.split(" "))
                .distinct()
                .limit(MAX_WORDS)
                .map(word ->
                        "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
