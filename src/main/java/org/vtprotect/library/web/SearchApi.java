package org.vtprotect.library.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.library.Facet;
import org.vtprotect.library.LibrarySearch;
import org.vtprotect.library.SearchRequest;
import org.vtprotect.library.SearchResults;

/** Library search over JSON, for anyone: each caller finds only what they may read. */
@RestController
class SearchApi {

    private final LibrarySearch search;

    SearchApi(LibrarySearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/library/search")
    SearchResults search(@RequestParam MultiValueMap<String, String> parameters) {
        return search.search(request(parameters));
    }

    /** The search a query string asks for: {@code q}, a repeatable parameter per facet, {@code sort}, {@code page}, {@code size}. */
    static SearchRequest request(MultiValueMap<String, String> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.get(facet.parameter());
            if (values != null) {
                filters.put(facet, values);
            }
        }
        return new SearchRequest(
                parameters.getFirst("q"),
                filters,
                parameters.getFirst("sort"),
                number(parameters.getFirst("page"), 0, "page"),
                number(parameters.getFirst("size"), SearchRequest.DEFAULT_SIZE, "size"));
    }

    private static int number(String value, int otherwise, String field) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw org.vtprotect.platform.ProblemException.invalid(field, "library.search.number.invalid");
        }
    }
}
