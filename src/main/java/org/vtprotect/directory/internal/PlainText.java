package org.vtprotect.directory.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Names and other one-line text as people type them: spaces tidied, control characters refused. */
public final class PlainText {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private PlainText() {}

    /** The text with every run of white space (non-breaking spaces too) made one space, and trimmed. */
    public static String tidy(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Blank text as no text at all. */
    public static @Nullable String tidyOrNull(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String tidy = tidy(text);
        return tidy.isEmpty() ? null : tidy;
    }

    /** Whether the text holds a control character (a NUL byte, an escape...) other than white space. */
    public static boolean hasControlCharacters(@Nullable String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c));
    }
}
