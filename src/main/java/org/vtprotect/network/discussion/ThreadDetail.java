package org.vtprotect.network.discussion;

import java.util.List;

/** A thread with one page of its posts, oldest first, and whether the reader follows it. */
public record ThreadDetail(
        ThreadSummary thread, List<PostView> posts, int page, int size, long totalPosts, boolean following) {

    public int lastPage() {
        return totalPosts == 0 ? 0 : (int) ((totalPosts - 1) / size);
    }
}
