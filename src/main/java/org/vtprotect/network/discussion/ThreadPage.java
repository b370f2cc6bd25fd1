package org.vtprotect.network.discussion;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vtprotect.network.web.FieldErrors;

/**
 * A thread's page: the thread and one page of posts, the theme's label, the reply form (what was
 * typed and its errors), and links to the neighbouring pages of posts.
 */
public record ThreadPage(ThreadDetail detail, String themeLabel, String reply, FieldErrors errors, boolean officer) {

    public ThreadSummary thread() {
        return detail.thread();
    }

    public List<PostView> posts() {
        return detail.posts();
    }

    public @Nullable String previous() {
        return detail.page() > 0 ? link(detail.page() - 1) : null;
    }

    public @Nullable String next() {
        return detail.page() < detail.lastPage() ? link(detail.page() + 1) : null;
    }

    public long from() {
        return detail.posts().isEmpty() ? 0 : (long) detail.page() * detail.size() + 1;
    }

    public long to() {
        return detail.posts().isEmpty() ? 0 : from() + detail.posts().size() - 1;
    }

    /** Whether the reader may reply here. */
    public boolean open() {
        return !thread().locked() && !thread().hidden();
    }

    /** Lines of a text, each shown as its own paragraph, so that the text stays plain. */
    public static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : List.of(text.split("\n", -1));
    }

    private String link(int page) {
        return "/network/discussions/" + thread().id() + (page > 0 ? "?page=" + page : "");
    }
}
