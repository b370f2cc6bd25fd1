package org.vtprotect.network.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.platform.ProblemException;

/**
 * Who follows which thread, and how each reader hears of new posts (immediately, in a daily digest,
 * or not at all; immediately until they choose otherwise).
 */
@Service
class Following {

    private final DiscussionFollowRepository follows;
    private final DiscussionPreferenceRepository preferences;
    private final DiscussionThreadRepository threads;
    private final DiscussionPostRepository posts;
    private final Clock clock = Clock.systemUTC();

    Following(
            DiscussionFollowRepository follows,
            DiscussionPreferenceRepository preferences,
            DiscussionThreadRepository threads,
            DiscussionPostRepository posts) {
        this.follows = follows;
        this.preferences = preferences;
        this.threads = threads;
        this.posts = posts;
    }

    @Transactional(readOnly = true)
    public boolean follows(Reader reader, long threadId) {
        return follows.existsByThreadIdAndEmail(threadId, reader.email());
    }

    /** Follows the thread (nothing happens when the reader already does). */
    @Transactional
    public void follow(Reader reader, long threadId) {
        if (!threads.existsById(threadId)) {
            throw ProblemException.notFound();
        }
        preference(reader);
        if (!follows.existsByThreadIdAndEmail(threadId, reader.email())) {
            follows.save(new DiscussionFollow(threadId, reader.email(), clock.instant()));
        }
    }

    @Transactional
    public void unfollow(Reader reader, long threadId) {
        if (!threads.existsById(threadId)) {
            throw ProblemException.notFound();
        }
        follows.deleteByThreadIdAndEmail(threadId, reader.email());
    }

    /** How the reader hears of new posts ({@link Notification#IMMEDIATE} until they choose). */
    @Transactional(readOnly = true)
    public Notification notification(Reader reader) {
        return preferences
                .findById(reader.email())
                .map(DiscussionPreference::notification)
                .orElse(Notification.IMMEDIATE);
    }

    @Transactional
    public void choose(Reader reader, Notification notification) {
        DiscussionPreference preference = preference(reader);
        if (notification == Notification.DAILY_DIGEST && preference.notification() != Notification.DAILY_DIGEST) {
            // the first digest lists what comes from now on, not the whole history
            preference.digested(posts.newestId(), clock.instant());
        }
        preference.choose(notification, reader.language(), clock.instant());
    }

    private DiscussionPreference preference(Reader reader) {
        Optional<DiscussionPreference> found = preferences.findById(reader.email());
        if (found.isPresent()) {
            return found.get();
        }
        Instant now = clock.instant();
        return preferences.save(new DiscussionPreference(reader.email(), reader.language(), posts.newestId(), now));
    }
}
