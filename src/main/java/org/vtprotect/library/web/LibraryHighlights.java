package org.vtprotect.library.web;

import java.util.List;
import org.vtprotect.library.LibraryCatalogue.Recent;

/** What the library shows on the home page ({@code library/home.jte}): how many documents the reader may read, and the newest public ones. */
public record LibraryHighlights(long documents, List<Recent> recent) {}
