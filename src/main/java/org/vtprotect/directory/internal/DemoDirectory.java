package org.vtprotect.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.Organisations.Details;
import org.vtprotect.reference.Countries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code vtp.demo=true}, records the organisations of the programme's 2021 facts
 * ({@code demo/programme-2021.json}): the programme, its partners, and the governments of its
 * beneficiary countries. Runs before the demo accounts, which may belong to them; whatever is
 * already recorded is left alone, so starting again changes nothing.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("vtp.demo")
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    private static final String SOURCE = "demo/programme-2021.json";
    private static final Map<String, String> PARTNER_TYPES = Map.of(
            "CTED", "UN_ENTITY",
            "UNICRI", "UN_ENTITY",
            "UNAOC", "UN_ENTITY",
            "INTERPOL", "INTERNATIONAL_ORGANISATION");

    private final Organisations organisations;
    private final OrganisationRepository repository;
    private final Countries countries;

    DemoDirectory(Organisations organisations, OrganisationRepository repository, Countries countries) {
        this.organisations = organisations;
        this.repository = repository;
        this.countries = countries;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (Details organisation : demoOrganisations()) {
            if (repository
                    .findByMatchKey(Organisation.matchKey(organisation.name(), organisation.countryIso3()))
                    .isEmpty()) {
                organisations.create(organisation);
                added++;
            }
        }
        if (added > 0) {
            log.info("Loaded {} demo organisations from {}", added, SOURCE);
        }
    }

    List<Details> demoOrganisations() {
        JsonNode facts = read();
        List<Details> demo = new ArrayList<>();
        demo.add(new Details(facts.path("programme").path("name").asString(), null, "UN_ENTITY", null));
        for (JsonNode partner : facts.path("partners")) {
            String acronym = partner.path("acronym").asString();
            demo.add(new Details(
                    partner.path("name").asString(),
                    acronym,
                    PARTNER_TYPES.getOrDefault(acronym, "INTERNATIONAL_ORGANISATION"),
                    null));
        }
        JsonNode beneficiaries = facts.path("beneficiaries");
        for (String group : List.of("confirmed", "specialisedSupport")) {
            for (JsonNode iso3 : beneficiaries.path(group)) {
                countries
                        .find(iso3.asString())
                        .ifPresent(country -> demo.add(new Details(
                                "Government of " + country.name(Locale.ENGLISH),
                                null,
                                "MEMBER_STATE_GOVERNMENT",
                                country.iso3())));
            }
        }
        return demo;
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(SOURCE + " cannot be read", e);
        }
    }
}
