package org.vtprotect.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/** The controlled vocabularies: stable codes with labels in the reader's language. */
@RestController
@Tag(name = "Reference data")
class TaxonomyApi {

    static final String PATH = "/api/v1/taxonomy";

    /** Every vocabulary of the taxonomy, each in the order of the taxonomy file. */
    record TaxonomyView(
            List<Term> targetTypes,
            List<Term> threatTypes,
            List<Term> themes,
            List<Term> actorTypes,
            List<Term> phases,
            List<Term> organisationTypes,
            List<Term> eventTypes) {}

    /** A code, stable across releases and languages, and its label in the requested language. */
    record Term(
            @Schema(example = "URBAN_CENTRE") String code,

            @Schema(example = "Urban centres and public spaces")
            String label) {}

    private final Taxonomy taxonomy;

    TaxonomyApi(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Taxonomy",
            description = "Target types, threat types, themes, actor types, phases, organisation types and"
                    + " event types, with labels in the requested language.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Every vocabulary with its codes and labels")
    @ApiResponse(
            responseCode = "401",
            description = "A bearer token was presented but is not valid (send none: these data are public)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @Parameter(
            in = ParameterIn.QUERY,
            name = "lang",
            description = "Language of the labels; otherwise the language cookie, then Accept-Language",
            schema = @Schema(allowableValues = {"en", "fr", "es", "ru", "zh", "ar"}))
    ResponseEntity<TaxonomyView> taxonomy(@Parameter(hidden = true) Locale locale) {
        return CacheableReference.ok(new TaxonomyView(
                terms(Vocabulary.TARGET_TYPES, locale),
                terms(Vocabulary.THREAT_TYPES, locale),
                terms(Vocabulary.THEMES, locale),
                terms(Vocabulary.ACTOR_TYPES, locale),
                terms(Vocabulary.PHASES, locale),
                terms(Vocabulary.ORGANISATION_TYPES, locale),
                terms(Vocabulary.EVENT_TYPES, locale)));
    }

    private List<Term> terms(Vocabulary vocabulary, Locale locale) {
        return taxonomy.labels(vocabulary, locale).entrySet().stream()
                .map(entry -> new Term(entry.getKey(), entry.getValue()))
                .toList();
    }
}
