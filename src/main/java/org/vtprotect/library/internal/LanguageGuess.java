package org.vtprotect.library.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which of the six UN languages a text is written in: the script tells Arabic, Russian (Cyrillic)
 * and Chinese (Han) apart; among Latin-script texts the most frequent common words tell English,
 * French and Spanish apart. Returns nothing when the text has too few letters to say.
 */
final class LanguageGuess {

    private static final int SAMPLE = 20_000;
    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "for", "that", "with", "are", "on", "be", "by", "this"),
            "fr",
                    Set.of(
                            "le", "la", "les", "des", "et", "est", "du", "une", "pour", "dans", "que", "qui", "sur",
                            "aux"),
            "es", Set.of("el", "los", "las", "del", "y", "es", "una", "para", "por", "con", "que", "como", "en", "se"));

    private LanguageGuess() {}

    static @Nullable String of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int arabic = 0;
        int cyrillic = 0;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> {}
            }
        }
        int letters = arabic + cyrillic + han + latin;
        if (letters < 3) {
            return null;
        }
        if (han * 5 >= letters) {
            return "zh";
        }
        int most = Math.max(arabic, Math.max(cyrillic, latin));
        if (most == arabic) {
            return "ar";
        }
        if (most == cyrillic) {
            return "ru";
        }
        return latinLanguage(sample);
    }

    private static String latinLanguage(String sample) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            COMMON_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("en");
    }
}
