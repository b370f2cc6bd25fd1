package org.vtprotect.directory.internal;

import java.util.ArrayList;
import java.util.List;
import org.vtprotect.platform.ProblemException.FieldProblem;

/** The pages a list may be asked for: from page 0, 1 to 200 items a page. */
public final class PageBounds {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 20;

    private PageBounds() {}

    /** What is wrong with a page request, as field problems ({@code page}, {@code size}). */
    public static List<FieldProblem> problems(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || (long) page * Math.max(size, 1) > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "directory.paging.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "directory.paging.size.invalid"));
        }
        return problems;
    }
}
