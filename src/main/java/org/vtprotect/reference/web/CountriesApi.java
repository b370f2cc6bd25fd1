package org.vtprotect.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Countries;
import org.vtprotect.reference.Country;
import org.vtprotect.reference.Country.UnStatus;

/** The countries and areas of the UN M49 standard with their UN status and regions, in the reader's language. */
@RestController
@Tag(name = "Reference data", description = "Countries, M49 regions and the taxonomy, in the six UN languages")
class CountriesApi {

    static final String PATH = "/api/v1/countries";

    /** A country or area; {@code name} and region names are in the requested language. */
    record CountryView(
            @Schema(example = "TJK") String iso3,
            @Schema(example = "TJ") String iso2,
            @Schema(example = "762") String m49,
            @Schema(example = "Tajikistan") String name,
            UnStatus unStatus,

            @Schema(
                    description = "UN regional group; null for areas in none",
                    example = "Asia and the Pacific Group",
                    nullable = true)
            @Nullable
            String regionalGroup,

            @Schema(description = "M49 region; null for Antarctica") @Nullable
            Region region,

            @Schema(description = "M49 sub-region; null for Antarctica") @Nullable
            Region subregion,

            @Schema(description = "M49 intermediate region; null for most countries") @Nullable
            Region intermediateRegion) {}

    /** An M49 region, sub-region or intermediate region: its three-digit code and its name. */
    record Region(
            @Schema(example = "143") String code,
            @Schema(example = "Central Asia") String name) {}

    private final Countries countries;

    CountriesApi(Countries countries) {
        this.countries = countries;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Countries and areas",
            description = "Every country and area of the UN M49 standard, sorted by name in the requested"
                    + " language, optionally only those of the given UN status(es).")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The countries and areas")
    @ApiResponse(
            responseCode = "400",
            description = "An unknown UN status",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
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
            description = "Language of the names; otherwise the language cookie, then Accept-Language",
            schema = @Schema(allowableValues = {"en", "fr", "es", "ru", "zh", "ar"}))
    ResponseEntity<List<CountryView>> countries(
            @Parameter(
                            description = "Only countries of these UN statuses (repeat or separate with commas)",
                            array = @ArraySchema(schema = @Schema(allowableValues = {"MEMBER", "OBSERVER", "NONE"})))
                    @RequestParam(name = "unStatus", required = false)
                    @Nullable
                    List<String> unStatus,
            @Parameter(hidden = true) Locale locale) {
        Set<UnStatus> statuses = statuses(unStatus);
        return CacheableReference.ok(countries.sortedFor(locale).stream()
                .filter(country -> statuses.contains(country.unStatus()))
                .map(country -> view(country, locale))
                .toList());
    }

    private CountryView view(Country country, Locale locale) {
        return new CountryView(
                country.iso3(),
                country.iso2(),
                country.m49(),
                country.name(locale),
                country.unStatus(),
                country.regionalGroup(),
                region(country.regionCode(), locale),
                region(country.subregionCode(), locale),
                region(country.intermediateRegionCode(), locale));
    }

    private @Nullable Region region(@Nullable String code, Locale locale) {
        return code == null ? null : new Region(code, countries.regionName(code, locale));
    }

    /** The statuses asked for, all of them when none is; blank values are ignored. */
    private static Set<UnStatus> statuses(@Nullable List<String> given) {
        Set<UnStatus> statuses = EnumSet.noneOf(UnStatus.class);
        if (given != null) {
            for (String value : given) {
                if (value != null && !value.isBlank()) {
                    statuses.add(parse(value));
                }
            }
        }
        return statuses.isEmpty() ? EnumSet.allOf(UnStatus.class) : statuses;
    }

    private static UnStatus parse(String value) {
        try {
            return UnStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("unStatus", "reference.unStatus.invalid");
        }
    }
}
