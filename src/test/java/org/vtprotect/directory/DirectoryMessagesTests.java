package org.vtprotect.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every directory message exists in the six languages, and every key the directory uses exists. */
class DirectoryMessagesTests {

    private static final Pattern KEY_IN_CODE =
            Pattern.compile("\"((?:directory|organisations?|people|person|gender|nav\\.directory)\\.[A-Za-z0-9.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void eachLanguageHasExactlyTheEnglishKeysTranslated(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        long sameAsEnglish = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .count();
        // a few words are the same in French or Spanish ("Organisations", "Type"); whole sentences are not
        assertThat(sameAsEnglish).as("messages left in English in %s", language).isLessThan(8);
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key))
                    .as("%s in %s", key, language)
                    .doesNotContain("'");
        }
    }

    @org.junit.jupiter.api.Test
    void everyKeyTheDirectoryUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/vtprotect/directory", "src/main/jte/directory"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher keys = KEY_IN_CODE.matcher(Files.readString(file));
                    while (keys.find()) {
                        used.add(keys.group(1));
                    }
                }
            }
        }
        for (Gender gender : Gender.values()) {
            used.add("gender." + gender.name());
        }
        used.add("person.familyName.required");
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(bundle("").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                new ClassPathResource("messages/directory" + suffix + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
