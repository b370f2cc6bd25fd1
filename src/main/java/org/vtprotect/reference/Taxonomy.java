package org.vtprotect.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxonomy: stable codes per vocabulary, read from {@code reference/taxonomy.json}, with labels
 * from the message bundles ({@code taxonomy.<vocabulary>.<CODE>}) in the six languages.
 */
@Service
public class Taxonomy {

    private final Map<Vocabulary, List<String>> codes;
    private final MessageSource messages;

    Taxonomy(MessageSource messages) {
        this.messages = messages;
        this.codes = load();
    }

    /** The codes of a vocabulary, in the order of the taxonomy file. */
    public List<String> codes(Vocabulary vocabulary) {
        return codes.get(vocabulary);
    }

    public boolean contains(Vocabulary vocabulary, @Nullable String code) {
        return code != null && codes.get(vocabulary).contains(code);
    }

    /** Whether every code given belongs to the vocabulary. */
    public boolean containsAll(Vocabulary vocabulary, Collection<String> given) {
        return codes.get(vocabulary).containsAll(given);
    }

    public String label(Vocabulary vocabulary, String code, Locale locale) {
        return messages.getMessage("taxonomy." + vocabulary.key() + "." + code, null, code, locale);
    }

    /** Code to label for every code of a vocabulary, in the order of the taxonomy file. */
    public Map<String, String> labels(Vocabulary vocabulary, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes.get(vocabulary)) {
            labels.put(code, label(vocabulary, code, locale));
        }
        return Collections.unmodifiableMap(labels);
    }

    private static Map<Vocabulary, List<String>> load() {
        Map<Vocabulary, List<String>> codes = new EnumMap<>(Vocabulary.class);
        try (InputStream in = new ClassPathResource("reference/taxonomy.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            for (Vocabulary vocabulary : Vocabulary.values()) {
                JsonNode entries = root.get(vocabulary.key());
                codes.put(
                        vocabulary,
                        entries.valueStream()
                                .map(entry -> entry.get("code").asString())
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reference/taxonomy.json cannot be read", e);
        }
        return codes;
    }
}
