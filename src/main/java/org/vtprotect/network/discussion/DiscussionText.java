package org.vtprotect.network.discussion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;

/**
 * The limits on what is typed into the discussions. Text is kept as typed (line ends made uniform,
 * titles and reasons trimmed); it is shown as plain text, so markup in it stays inert.
 */
final class DiscussionText {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 10_000;
    static final int REASON_MAX = 500;
    static final int QUERY_MAX = 200;
    static final int MAX_SIZE = 200;

    private DiscussionText() {}

    static String title(@Nullable String title, List<FieldProblem> problems) {
        return checked("title", title == null ? "" : title.strip(), TITLE_MAX, problems);
    }

    static String body(@Nullable String body, List<FieldProblem> problems) {
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
        return checked("body", text.isBlank() ? "" : text, BODY_MAX, problems);
    }

    static String body(@Nullable String body) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = body(body, problems);
        failOn(problems);
        return text;
    }

    static String reason(@Nullable String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = checked("reason", reason == null ? "" : reason.strip(), REASON_MAX, problems);
        failOn(problems);
        return text;
    }

    /** The search text as a {@code like} pattern: lower-cased, wildcards escaped, between {@code %}. */
    static String like(@Nullable String q) {
        String text = q == null ? "" : q.strip();
        if (text.length() > QUERY_MAX) {
            throw ProblemException.invalid("q", "networkDiscussions.q.tooLong");
        }
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }

    static void paging(int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "networkDiscussions.page.invalid"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "networkDiscussions.size.invalid"));
        }
        failOn(problems);
    }

    static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static String checked(String field, String text, int max, List<FieldProblem> problems) {
        if (text.isBlank()) {
            problems.add(new FieldProblem(field, "networkDiscussions." + field + ".required"));
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "networkDiscussions." + field + ".tooLong"));
        }
        return text;
    }
}
