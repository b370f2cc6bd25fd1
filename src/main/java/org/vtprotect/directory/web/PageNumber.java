package org.vtprotect.directory.web;

/** A page number from a link, read leniently: anything but a small non-negative number is the first page. */
final class PageNumber {

    private static final int LAST_REACHABLE = 1_000_000;

    private PageNumber() {}

    static int parse(String text) {
        try {
            int page = Integer.parseInt(text.strip());
            return page < 0 || page > LAST_REACHABLE ? 0 : page;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
