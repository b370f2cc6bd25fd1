package org.vtprotect.directory.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vtprotect.directory.Organisations;
import org.vtprotect.directory.Organisations.Details;
import org.vtprotect.directory.Organisations.View;
import org.vtprotect.directory.internal.PageBounds;
import org.vtprotect.platform.ProblemException;

/** Organisations over JSON: anyone signed in reads them, programme staff record them. */
@RestController
class OrganisationApi {

    private final Organisations organisations;

    OrganisationApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations")
    Listing<View> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageBounds.DEFAULT_SIZE) int size) {
        return Listing.of(organisations.search(q, blankToNull(type), blankToNull(country), page, size), view -> view);
    }

    @GetMapping("/api/v1/organisations/{id}")
    View one(@PathVariable long id) {
        return organisations.find(id).orElseThrow(ProblemException::notFound);
    }

    @PostMapping("/api/v1/organisations")
    ResponseEntity<View> create(@RequestBody Details details) {
        View created = organisations.create(details);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }

    @PutMapping("/api/v1/organisations/{id}")
    View change(@PathVariable long id, @RequestBody Details details) {
        return organisations.change(id, details);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
