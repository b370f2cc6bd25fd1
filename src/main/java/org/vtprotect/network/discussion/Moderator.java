package org.vtprotect.network.discussion;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.platform.ProblemException;

/**
 * What programme officers do to keep the discussions civil: lock a thread, hide a thread or a post,
 * each with a reason that is kept with who and when; and undo it.
 */
@Service
class Moderator {

    private final DiscussionThreadRepository threads;
    private final DiscussionPostRepository posts;
    private final Clock clock = Clock.systemUTC();

    Moderator(DiscussionThreadRepository threads, DiscussionPostRepository posts) {
        this.threads = threads;
        this.posts = posts;
    }

    @Transactional
    public void lock(Reader officer, long threadId, @Nullable String reason) {
        String why = DiscussionText.reason(reason);
        thread(officer, threadId).lock(officer.email(), why, clock.instant());
    }

    @Transactional
    public void unlock(Reader officer, long threadId) {
        thread(officer, threadId).unlock();
    }

    @Transactional
    public void hideThread(Reader officer, long threadId, @Nullable String reason) {
        String why = DiscussionText.reason(reason);
        thread(officer, threadId).hide(officer.email(), why, clock.instant());
    }

    @Transactional
    public void unhideThread(Reader officer, long threadId) {
        thread(officer, threadId).unhide();
    }

    @Transactional
    public void hidePost(Reader officer, long threadId, long postId, @Nullable String reason) {
        String why = DiscussionText.reason(reason);
        post(officer, threadId, postId).hide(officer.email(), why, clock.instant());
    }

    @Transactional
    public void unhidePost(Reader officer, long threadId, long postId) {
        post(officer, threadId, postId).unhide();
    }

    private DiscussionThread thread(Reader officer, long threadId) {
        if (!officer.officer()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "networkDiscussions.forbidden");
        }
        return threads.findById(threadId).orElseThrow(ProblemException::notFound);
    }

    private DiscussionPost post(Reader officer, long threadId, long postId) {
        thread(officer, threadId);
        return posts.findById(postId).filter(p -> p.threadId() == threadId).orElseThrow(ProblemException::notFound);
    }
}
