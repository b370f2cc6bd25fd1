package org.vtprotect.network.discussion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.network.internal.ExpertMember;
import org.vtprotect.network.internal.MemberData;

/**
 * The member's share of the discussions: the threads they opened, their posts, what they follow and
 * how they hear of it. Erasure keeps the posts (others replied to them) as a former member's, with
 * no name or address left, and deletes follows and preferences.
 */
@Component
class DiscussionMemberData implements MemberData {

    private final DiscussionThreadRepository threads;
    private final DiscussionPostRepository posts;
    private final DiscussionFollowRepository follows;
    private final DiscussionPreferenceRepository preferences;

    DiscussionMemberData(
            DiscussionThreadRepository threads,
            DiscussionPostRepository posts,
            DiscussionFollowRepository follows,
            DiscussionPreferenceRepository preferences) {
        this.threads = threads;
        this.posts = posts;
        this.follows = follows;
        this.preferences = preferences;
    }

    @Override
    public String part() {
        return "discussions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(ExpertMember member) {
        String email = member.email();
        Map<String, Object> data = new LinkedHashMap<>();
        if (email == null) {
            return data;
        }
        data.put(
                "threads",
                threads.findByAuthorEmail(email).stream()
                        .map(t -> Map.of(
                                "id",
                                t.id(),
                                "theme",
                                t.theme(),
                                "title",
                                t.title(),
                                "createdAt",
                                t.createdAt().toString()))
                        .toList());
        data.put(
                "posts",
                posts.findByAuthorEmail(email).stream()
                        .map(p -> Map.of(
                                "id", p.id(),
                                "threadId", p.threadId(),
                                "body", p.body(),
                                "createdAt", p.createdAt().toString(),
                                "deleted", p.hidden()))
                        .toList());
        data.put(
                "following",
                follows.findByEmail(email).stream()
                        .map(DiscussionFollow::threadId)
                        .toList());
        preferences
                .findById(email)
                .ifPresent(p -> data.put(
                        "notification", Map.of("choice", p.notification().name(), "language", p.language())));
        return data;
    }

    @Override
    @Transactional
    public void erase(ExpertMember member) {
        String email = member.email();
        if (email == null) {
            return;
        }
        List<DiscussionThread> opened = threads.findByAuthorEmail(email);
        opened.forEach(DiscussionThread::forgetAuthor);
        posts.findByAuthorEmail(email).forEach(DiscussionPost::forgetAuthor);
        follows.deleteByEmail(email);
        preferences.findById(email).ifPresent(preferences::delete);
        threads.flush();
    }
}
