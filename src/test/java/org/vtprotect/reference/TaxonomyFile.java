package org.vtprotect.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** reference/taxonomy.json read independently of {@link Taxonomy}: vocabulary key, then code to English label. */
final class TaxonomyFile {

    private TaxonomyFile() {}

    static Map<String, Map<String, String>> vocabularies() {
        try (InputStream in = new ClassPathResource("reference/taxonomy.json").getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Map<String, String>> vocabularies = new LinkedHashMap<>();
            for (String key : root.propertyNames()) {
                if (key.startsWith("_")) {
                    continue;
                }
                Map<String, String> labels = new LinkedHashMap<>();
                root.get(key)
                        .valueStream()
                        .forEach(entry -> labels.put(
                                entry.get("code").asString(), entry.get("label").asString()));
                vocabularies.put(key, labels);
            }
            return vocabularies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
