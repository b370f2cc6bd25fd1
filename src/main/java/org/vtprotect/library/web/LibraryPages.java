package org.vtprotect.library.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.library.DocumentView;
import org.vtprotect.library.LibraryDocuments;
import org.vtprotect.library.LibrarySearch;
import org.vtprotect.library.SearchRequest;
import org.vtprotect.library.SearchResults;
import org.vtprotect.platform.ProblemException;

/** The public library: search with facets (htmx refreshes the results alone), a document's page, its download. */
@Controller
class LibraryPages {

    private static final int SIMILAR = 5;

    private final LibrarySearch search;
    private final LibraryDocuments documents;
    private final FacetLabels labels;
    private final DocumentPage.Factory pages;

    LibraryPages(LibrarySearch search, LibraryDocuments documents, FacetLabels labels, DocumentPage.Factory pages) {
        this.search = search;
        this.documents = documents;
        this.labels = labels;
        this.pages = pages;
    }

    @GetMapping("/library")
    String search(
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        SearchRequest asked = SearchApi.request(parameters);
        SearchResults results = search.search(asked);
        model.addAttribute("page", SearchPage.of(parameters, asked, results, labels, locale));
        response.addHeader("Vary", "HX-Request");
        boolean fragment = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return fragment ? "library/results" : "library/search";
    }

    @GetMapping("/library/{id}")
    String document(@PathVariable long id, Locale locale, Model model) {
        DocumentView document = documents.find(id).orElseThrow(ProblemException::notFound);
        model.addAttribute("document", pages.of(document, search.similar(document, SIMILAR), locale));
        return "library/document";
    }

    @GetMapping("/library/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return Downloads.attachment(documents.download(id).orElseThrow(ProblemException::notFound));
    }
}
