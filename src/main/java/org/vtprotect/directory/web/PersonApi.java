package org.vtprotect.directory.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.directory.People;
import org.vtprotect.directory.People.View;
import org.vtprotect.directory.internal.PageBounds;
import org.vtprotect.platform.ProblemException;

/** People over JSON, for programme staff only: they are personal data. */
@RestController
class PersonApi {

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/people")
    Listing<View> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageBounds.DEFAULT_SIZE) int size) {
        return Listing.of(
                people.search(q, organisation, OrganisationApi.blankToNull(country), page, size), view -> view);
    }

    @GetMapping("/api/v1/people/{id}")
    View one(@PathVariable long id) {
        return people.find(id).orElseThrow(ProblemException::notFound);
    }
}
