package org.vtprotect.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.DocumentMetadata;
import org.vtprotect.library.LibraryDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code vtp.demo=true}, catalogues the five modular guides of the programme's 2021 facts
 * ({@code demo/programme-2021.json}) as public entries without a file, from the programme, marked
 * as samples. Runs after the demo directory; an entry already there is left alone.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);

    private final LibraryDocuments documents;
    private final Organisations organisations;

    DemoLibrary(LibraryDocuments documents, Organisations organisations) {
        this.documents = documents;
        this.organisations = organisations;
    }

    @Override
    public void run(ApplicationArguments args) {
        JsonNode facts = facts();
        String programme = facts.path("programme").path("name").asString();
        long source =
                organisations.findOrCreate(programme, null, "UN_ENTITY", null).id();
        JsonNode guides = facts.path("guides");
        String series = guides.path("series").asString();
        int added = 0;
        for (JsonNode module : guides.path("modules")) {
            String targetType = module.path("targetType").asString(null);
            String threatType = module.path("threatType").asString(null);
            var metadata = new DocumentMetadata(
                    module.path("topic").asString(),
                    "Module of the " + series + ": " + guides.path("content").asString() + ".",
                    "en",
                    2021,
                    source,
                    targetType == null ? List.of() : List.of(targetType),
                    threatType == null ? List.of() : List.of(threatType),
                    List.of("PHYSICAL_PROTECTION", "RISK_ASSESSMENT"),
                    List.of("NATIONAL_AUTHORITY", "LOCAL_AUTHORITY", "PRIVATE_OPERATOR"),
                    List.of("PREVENT", "PROTECT", "MITIGATE"),
                    List.of(),
                    List.of(),
                    AccessLevel.PUBLIC,
                    null,
                    List.of(),
                    List.of());
            if (documents.addSampleOnce(metadata)) {
                added++;
            }
        }
        log.info("Demo library: {} guide entries added", added);
    }

    private static JsonNode facts() {
        try (InputStream in = new ClassPathResource("demo/programme-2021.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("demo/programme-2021.json cannot be read", e);
        }
    }
}
