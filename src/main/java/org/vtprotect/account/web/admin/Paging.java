package org.vtprotect.account.web.admin;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.vtprotect.platform.ProblemException;

/** Page number and size: brought into range for pages, refused out of range for the API. */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private Paging() {}

    /**
     * For the API, where a client asking for more than a page may hold must be told so rather than
     * silently get less: a page below 0 or a size outside 1 to 200 is a 400 with field problems.
     */
    static Pageable checked(int page, int size) {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        if (page < 0 || (long) page * Math.max(size, 1) > Integer.MAX_VALUE) {
            problems.add(new ProblemException.FieldProblem("page", "administration.paging.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new ProblemException.FieldProblem("size", "administration.paging.size.invalid"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return PageRequest.of(page, size);
    }

    static Pageable of(int page, int size) {
        int boundedSize = Math.max(1, Math.min(MAX_SIZE, size));
        int boundedPage = Math.max(0, Math.min(page, Integer.MAX_VALUE / boundedSize - 1));
        return PageRequest.of(boundedPage, boundedSize);
    }
}
