package org.vtprotect.library.web;

import org.springframework.stereotype.Component;
import org.vtprotect.library.LibraryCatalogue;
import org.vtprotect.platform.HomeSection;

/** The library's block on the home page: how many documents the reader may read, and the five public ones added last. */
@Component
class LibraryHomeSection implements HomeSection {

    static final int RECENT = 5;

    private final LibraryCatalogue catalogue;

    LibraryHomeSection(LibraryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "library/home";
    }

    @Override
    public LibraryHighlights model() {
        return new LibraryHighlights(catalogue.countReadable(), catalogue.recentlyAdded(RECENT));
    }
}
