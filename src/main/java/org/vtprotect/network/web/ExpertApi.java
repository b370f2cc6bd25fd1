package org.vtprotect.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.network.ExpertMatch;
import org.vtprotect.network.ExpertMatching;
import org.vtprotect.network.ExpertPage;
import org.vtprotect.network.ExpertSearch;
import org.vtprotect.network.MatchNeed;
import org.vtprotect.network.NetworkMembership;

/** Expert search (members and staff) and matching to a need (programme officers) over JSON. */
@RestController
@Tag(name = "Network of experts", description = "Applications to the Global Network of Experts and their vetting")
class ExpertApi {

    private final ExpertSearch search;
    private final ExpertMatching matching;
    private final NetworkMembership membership;

    ExpertApi(ExpertSearch search, ExpertMatching matching, NetworkMembership membership) {
        this.search = search;
        this.matching = matching;
        this.membership = membership;
    }

    @GetMapping("/api/v1/network/experts")
    @Operation(
            summary = "Search the network's experts",
            description = "Active members and staff. Words (q) are looked for, accents and case aside, in the"
                    + " names, biographies and expertise the caller may see; repeated values of one filter are"
                    + " alternatives, different filters all apply. Members see only the fields other members share"
                    + " with the network; staff see every field. 403 for an expert who is not an active member.")
    ExpertPage experts(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> targetType,
            @RequestParam(required = false) @Nullable List<String> threatType,
            @RequestParam(required = false) @Nullable List<String> theme,
            @RequestParam(required = false) @Nullable List<String> language,
            @RequestParam(required = false) @Nullable List<String> country,
            @RequestParam(required = false) @Nullable List<String> region,
            @RequestParam(required = false) @Nullable String available,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size,
            Locale locale) {
        var viewer = membership.viewer();
        return search.search(
                ExpertParams.query(q, targetType, threatType, theme, language, country, region, available),
                viewer,
                ExpertParams.number(page, 0, "page"),
                ExpertParams.number(size, 20, "size"),
                locale);
    }

    @PostMapping("/api/v1/network/matches")
    @Operation(
            summary = "Rank experts for a need",
            description = "Programme officers. {targetTypes, threatTypes, themes, languages, regions, limit (1-100,"
                    + " default 10)} → the active members meeting at least one criterion, best first, each with"
                    + " its score and the reasons for it (see ExpertMatching for the weights). 400 names each"
                    + " unknown code or a bad limit.")
    List<ExpertMatch> matches(@RequestBody MatchNeed need, Locale locale) {
        return matching.match(need, locale);
    }
}
