package org.vtprotect.library.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vtprotect.library.LibraryIndex;
import org.vtprotect.platform.ProblemException;

/**
 * The administrators' page of the search index: how many documents and index entries there are,
 * the last rebuild, and a button to rebuild it; while it runs, htmx polls the progress fragment.
 */
@Controller
class IndexPages {

    static final String PATH = "/manage/library/index";

    private final LibraryIndex index;

    IndexPages(LibraryIndex index) {
        this.index = index;
    }

    /** The page, or (for htmx) just its progress section. */
    @GetMapping(PATH)
    String page(
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        model.addAttribute("run", index.progress());
        model.addAttribute("counts", index.counts());
        return htmx != null && restore == null ? "library/manage/indexProgress" : "library/manage/index";
    }

    @PostMapping(PATH)
    String rebuild(RedirectAttributes redirect) {
        try {
            index.start();
            redirect.addFlashAttribute("notice", "library.index.notice.started");
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            redirect.addFlashAttribute("notice", "library.index.running");
        }
        return "redirect:" + PATH;
    }
}
