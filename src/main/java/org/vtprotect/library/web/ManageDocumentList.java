package org.vtprotect.library.web;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.library.AccessLevel;
import org.vtprotect.library.LibraryCatalogue;
import org.vtprotect.platform.ProblemException;

/**
 * Programme staff's list of every document, withdrawn ones included: search by title, filter by
 * access level and by whether it is withdrawn, paging; htmx gets just the results.
 */
@Controller
class ManageDocumentList {

    static final String PATH = "/manage/library/documents";
    static final int SIZE = 20;
    private static final int MAX_QUERY = 200;
    private static final int MAX_PAGE = 1_000_000;

    private final LibraryCatalogue catalogue;

    ManageDocumentList(LibraryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String accessLevel,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "0") String page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        AccessLevel level = level(accessLevel);
        Boolean withdrawn = withdrawn(status);
        var documents =
                catalogue.list(new LibraryCatalogue.Filter(query, level, withdrawn), PageRequest.of(page(page), SIZE));
        model.addAttribute(
                "list",
                DocumentListPage.of(
                        query, level == null ? "" : level.name(), withdrawn == null ? "" : status, documents));
        boolean fragment = htmx != null && restore == null;
        return fragment ? "library/manage/documentResults" : "library/manage/documents";
    }

    private static @Nullable AccessLevel level(String value) {
        return Arrays.stream(AccessLevel.values())
                .filter(l -> l.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    /** {@code withdrawn} or {@code available}; anything else is either. */
    private static @Nullable Boolean withdrawn(String value) {
        return switch (value) {
            case "withdrawn" -> Boolean.TRUE;
            case "available" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static int page(String value) {
        int page;
        try {
            page = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("page", "library.search.number.invalid");
        }
        if (page < 0) {
            throw ProblemException.invalid("page", "library.search.page.invalid");
        }
        if (page > MAX_PAGE) {
            throw ProblemException.invalid("page", "library.search.number.invalid");
        }
        return page;
    }
}
