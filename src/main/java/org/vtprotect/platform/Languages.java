package org.vtprotect.platform;

import java.util.List;
import java.util.Locale;

/** The six official languages of the United Nations, in which every page and message exists. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH,
            Locale.FRENCH,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("ru"),
            Locale.CHINESE,
            Locale.forLanguageTag("ar"));

    public static final Locale DEFAULT = Locale.ENGLISH;

    private Languages() {}

    /** The supported language closest to the given tag, or the default one. */
    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(DEFAULT);
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }

    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /** The name of a language in that language itself, for the language switcher. */
    public static String ownName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> "Français";
            case "es" -> "Español";
            case "ru" -> "Русский";
            case "zh" -> "中文";
            case "ar" -> "العربية";
            default -> "English";
        };
    }
}
