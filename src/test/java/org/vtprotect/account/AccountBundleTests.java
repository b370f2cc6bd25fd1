package org.vtprotect.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The account bundle has the same keys in all six languages, none of them left empty. */
class AccountBundleTests {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es", "ru", "zh", "ar"})
    void everyKeyIsTranslated(String language) throws IOException {
        Properties english = load("messages/account.properties");
        Properties translation = load("messages/account_" + language + ".properties");
        assertThat(translation.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translation.values()).allMatch(value -> !value.toString().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ru", "_zh", "_ar"})
    void translationsUseTheTypographicApostrophe(String suffix) throws IOException {
        Properties messages = load("messages/account" + suffix + ".properties");
        assertThat(messages.stringPropertyNames())
                .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).doesNotContain("'"));
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (var in = AccountBundleTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
