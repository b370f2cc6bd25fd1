package org.vtprotect.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/** The reference module's message bundles, as the application reads them and file by file. */
final class ReferenceMessages {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    private ReferenceMessages() {}

    static MessageSource source() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/reference", "messages/taxonomy");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** One bundle file exactly as written, without falling back to English. */
    static Properties bundle(String name, String language) {
        String suffix = language.equals("en") ? "" : "_" + language;
        var properties = new Properties();
        try (Reader in = new InputStreamReader(
                new ClassPathResource("messages/" + name + suffix + ".properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
