package org.vtprotect.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules one message bundle must follow in the six languages: the same keys everywhere, none
 * blank, the same {@code {n}} arguments, no ASCII apostrophe where MessageFormat would eat it, and
 * translations that are not copies of the English.
 */
final class BundleCheck {

    /** The file suffixes of the six languages; English is the base file. */
    static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ru", "_zh", "_ar");

    /** Above this share of values identical to English, a translation file is taken for a copy. */
    static final double MAX_COPIED_SHARE = 0.2;

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern EMAIL_OR_URL = Pattern.compile("\\S+@\\S+\\.\\S+|\\w+://\\S+");

    private BundleCheck() {}

    /**
     * The problems of one bundle.
     *
     * @param name the bundle's base name, e.g. {@code messages/platform}
     * @param files each language suffix with the file's entries, or {@code null} when the file is missing
     */
    static List<String> problems(String name, Map<String, @Nullable Map<String, String>> files) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        files.values().stream().filter(f -> f != null).forEach(f -> keys.addAll(f.keySet()));
        Map<String, String> english = files.get("");
        for (String language : LANGUAGES) {
            String file = name + language + ".properties";
            Map<String, String> entries = files.get(language);
            if (entries == null) {
                if (!keys.isEmpty()) {
                    problems.add(file + " is missing, so are its " + keys.size() + " keys: " + keys);
                }
                continue;
            }
            for (String key : keys) {
                String value = entries.get(key);
                if (value == null || value.isBlank()) {
                    problems.add(file + ": " + key + (value == null ? " is missing" : " is blank"));
                    continue;
                }
                String englishValue = english == null ? null : english.get(key);
                if (englishValue != null && !arguments(value).equals(arguments(englishValue))) {
                    problems.add(file + ": " + key + " has arguments " + arguments(value) + " but English has "
                            + arguments(englishValue));
                }
                if (!arguments(value).isEmpty() && value.replace("''", "").contains("'")) {
                    problems.add(file + ": " + key + " has a lone ' that MessageFormat would drop: use ’");
                }
            }
            if (!language.isEmpty() && english != null) {
                copied(file, english, entries).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private static java.util.Optional<String> copied(
            String file, Map<String, String> english, Map<String, String> translation) {
        List<String> comparable = english.entrySet().stream()
                .filter(e -> isProse(e.getValue()))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        List<String> same = comparable.stream()
                .filter(key -> english.get(key).strip().equals(strip(translation.get(key))))
                .toList();
        if (same.size() >= 2 && same.size() >= MAX_COPIED_SHARE * comparable.size()) {
            return java.util.Optional.of(file + " repeats the English text of " + same.size() + " of "
                    + comparable.size() + " entries, translate them: " + same);
        }
        return java.util.Optional.empty();
    }

    /**
     * Text that a translation must change: at least two words, not an address. Codes, acronyms,
     * names and single words ("Menu", "Contact", "API") may rightly read the same in French.
     */
    static boolean isProse(String value) {
        if (EMAIL_OR_URL.matcher(value.strip()).matches()) {
            return false;
        }
        Matcher words = WORD.matcher(value.replaceAll("<[^>]*>|\\{[^}]*}", " "));
        int count = 0;
        while (words.find()) {
            if (!words.group().equals(words.group().toUpperCase()) && ++count >= 2) {
                return true;
            }
        }
        return false;
    }

    static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }

    private static @Nullable String strip(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    /** Convenience for tests: the six files from literal entries. */
    static Map<String, @Nullable Map<String, String>> files(List<@Nullable Map<String, String>> inOrder) {
        Map<String, @Nullable Map<String, String>> files = new LinkedHashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            files.put(LANGUAGES.get(i), inOrder.get(i));
        }
        return files;
    }
}
