package org.vtprotect.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every message exists, translated, in the six languages, for every bundle the application
 * registers in {@code spring.messages.basename}.
 */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleHasEveryKeyTranslatedInTheSixLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> basenames = basenames();
        for (String basename : basenames) {
            problems.addAll(BundleCheck.problems(basename, load(basename)));
        }
        assertThat(basenames).as("spring.messages.basename").contains("messages/platform");
        assertThat(problems)
                .as("Message bundles (src/main/resources/<name>[_fr|_es|_ru|_zh|_ar].properties) need fixing")
                .isEmpty();
    }

    @Test
    void aKeyMissingOrBlankInOneLanguageIsReported() {
        var problems = BundleCheck.problems(
                "messages/x",
                BundleCheck.files(List.of(
                        Map.of("a", "Hello", "b", "Bye"),
                        Map.of("a", "Bonjour", "b", " "),
                        Map.of("a", "Hola", "b", "Adiós"),
                        Map.of("a", "Привет", "b", "Пока"),
                        Map.of("a", "你好"),
                        Map.of("a", "مرحبا", "b", "وداعا", "c", "زائد"))));
        assertThat(problems)
                .contains(
                        "messages/x_fr.properties: b is blank",
                        "messages/x_zh.properties: b is missing",
                        "messages/x.properties: c is missing",
                        "messages/x_ru.properties: c is missing");
    }

    @Test
    void aMissingFileCountsAsAllItsKeysMissing() {
        Map<String, String> english = Map.of("a", "Hello");
        var files = BundleCheck.files(java.util.Arrays.asList(english, english, english, english, english, null));
        assertThat(BundleCheck.problems("messages/x", files))
                .anyMatch(p -> p.startsWith("messages/x_ar.properties is missing"));
    }

    @Test
    void argumentsMustMatchAndApostrophesMustNotBreakMessageFormat() {
        var problems = BundleCheck.problems(
                "messages/x",
                BundleCheck.files(List.of(
                        Map.of("n", "{0} of {1} items"),
                        Map.of("n", "{0} sur {1} éléments"),
                        Map.of("n", "{0} elementos"),
                        Map.of("n", "{0} из {1}"),
                        Map.of("n", "{1} 中的 {0} 项"),
                        Map.of("n", "l'{0} {1}"))));
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "messages/x_es.properties: n has arguments [{0}] but English has [{0}, {1}]",
                        "messages/x_ar.properties: n has a lone ' that MessageFormat would drop: use ’");
    }

    @Test
    void aTranslationThatCopiesTheEnglishIsReported() {
        Map<String, String> english = Map.of(
                "a", "Sign in to continue",
                "b", "Your password was changed",
                "c", "API",
                "d", "Menu",
                "e", "vtprotect@un.org");
        Map<String, String> french = Map.of(
                "a", "Connectez-vous pour continuer",
                "b", "Votre mot de passe a été changé",
                "c", "API",
                "d", "Menu",
                "e", "vtprotect@un.org");
        var files = BundleCheck.files(List.of(english, french, english, french, french, french));
        assertThat(BundleCheck.problems("messages/x", files))
                .containsExactly("messages/x_es.properties repeats the English text of 2 of 2 entries, translate"
                        + " them: [a, b]");
    }

    /** The base names of {@code spring.messages.basename} in application.properties. */
    static List<String> basenames() throws IOException {
        Properties application = read(RESOURCES.resolve("application.properties"));
        String value = application.getProperty("spring.messages.basename", "");
        return java.util.Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.startsWith("classpath:") ? s.substring("classpath:".length()) : s)
                .toList();
    }

    private static Map<String, @Nullable Map<String, String>> load(String basename) throws IOException {
        Map<String, @Nullable Map<String, String>> files = new LinkedHashMap<>();
        for (String language : BundleCheck.LANGUAGES) {
            Path file = RESOURCES.resolve(basename + language + ".properties");
            if (!Files.exists(file)) {
                files.put(language, null);
                continue;
            }
            Map<String, String> entries = new LinkedHashMap<>();
            read(file).forEach((k, v) -> entries.put(k.toString(), v.toString()));
            files.put(language, entries);
        }
        return files;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
