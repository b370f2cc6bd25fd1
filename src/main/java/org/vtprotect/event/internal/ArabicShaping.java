package org.vtprotect.event.internal;

import java.text.Bidi;

/**
 * Arabic text as a PDF needs it, since PDFBox draws characters as they come: each letter replaced
 * by its joined form (Unicode presentation forms B, lam-alef ligatures included), then every line
 * put in visual order (right-to-left runs reversed, by the Unicode bidirectional algorithm).
 */
final class ArabicShaping {

    private static final char FIRST = '\u0621';
    private static final char LAST = '\u064A';
    /** For each letter from U+0621: its isolated form and how many forms it has (1, 2 or 4); 0 = not a letter. */
    private static final char[] BASE = new char[LAST - FIRST + 1];

    private static final int[] FORMS = new int[LAST - FIRST + 1];

    static {
        String twoForms = "\u0622\u0623\u0624\u0625\u0627\u0629\u062F\u0630\u0631\u0632\u0648\u0649";
        char next = '\uFE80';
        for (char c = FIRST; c <= LAST; c++) {
            if (c > '\u063A' && c < '\u0641') {
                continue;
            }
            int forms = c == '\u0621' ? 1 : twoForms.indexOf(c) >= 0 ? 2 : 4;
            BASE[c - FIRST] = next;
            FORMS[c - FIRST] = forms;
            next += (char) forms;
        }
    }

    private ArabicShaping() {}

    /** The text joined and in visual order, ready to be drawn left to right. */
    static String visual(String text) {
        String shaped = shape(text);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = shaped.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!letter(c)) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = i > 0 && letter(text.charAt(i - 1)) && FORMS[text.charAt(i - 1) - FIRST] == 4;
            if (c == '\u0644' && i + 1 < text.length() && alefIndex(text.charAt(i + 1)) >= 0) {
                out.append((char) ('\uFEF5' + 2 * alefIndex(text.charAt(i + 1)) + (joinsBefore ? 1 : 0)));
                i++;
                continue;
            }
            boolean joinsAfter = i + 1 < text.length() && letter(text.charAt(i + 1)) && FORMS[c - FIRST] == 4;
            int form = FORMS[c - FIRST] == 1 ? 0 : joinsBefore && joinsAfter ? 3 : joinsBefore ? 1 : joinsAfter ? 2 : 0;
            out.append((char) (BASE[c - FIRST] + form));
        }
        return out.toString();
    }

    private static boolean letter(char c) {
        return c >= FIRST && c <= LAST && BASE[c - FIRST] != 0;
    }

    /** Alef madda, hamza above, hamza below, plain: the order of the lam-alef ligatures. */
    private static int alefIndex(char c) {
        return switch (c) {
            case '\u0622' -> 0;
            case '\u0623' -> 1;
            case '\u0625' -> 2;
            case '\u0627' -> 3;
            default -> -1;
        };
    }
}
