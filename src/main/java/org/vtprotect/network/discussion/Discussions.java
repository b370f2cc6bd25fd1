package org.vtprotect.network.discussion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.platform.ProblemException.FieldProblem;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * Threads by theme and their posts, for active members and staff: list and search, open a thread,
 * reply (not in a locked thread), edit one's post for a while, delete it. Whoever writes in a thread
 * follows it; followers hear of the post after the commit.
 */
@Service
class Discussions {

    private final DiscussionThreadRepository threads;
    private final DiscussionPostRepository posts;
    private final Following following;
    private final PostNotifier notifier;
    private final Taxonomy taxonomy;
    private final Clock clock;

    Discussions(
            DiscussionThreadRepository threads,
            DiscussionPostRepository posts,
            Following following,
            PostNotifier notifier,
            Taxonomy taxonomy) {
        this.threads = threads;
        this.posts = posts;
        this.following = following;
        this.notifier = notifier;
        this.taxonomy = taxonomy;
        this.clock = Clock.systemUTC();
    }

    /** Every theme of the taxonomy, with its count of threads the reader may see and latest activity. */
    @Transactional(readOnly = true)
    public List<ThemeSummary> themes(Reader reader, Locale locale) {
        Map<String, Object[]> rows = new HashMap<>();
        threads.themes(reader.staff()).forEach(row -> rows.put((String) row[0], row));
        List<ThemeSummary> themes = new ArrayList<>();
        taxonomy.labels(Vocabulary.THEMES, locale).forEach((code, label) -> {
            Object[] row = rows.get(code);
            themes.add(new ThemeSummary(
                    code, label, row == null ? 0 : (Long) row[1], row == null ? null : (Instant) row[2]));
        });
        return themes;
    }

    @Transactional(readOnly = true)
    public Page<ThreadSummary> search(Reader reader, @Nullable String theme, @Nullable String q, int page, int size) {
        DiscussionText.paging(page, size);
        String chosen = theme == null ? "" : theme.strip();
        if (!chosen.isEmpty() && !taxonomy.contains(Vocabulary.THEMES, chosen)) {
            throw ProblemException.invalid("theme", "networkDiscussions.theme.invalid");
        }
        return threads.search(chosen, DiscussionText.like(q), reader.staff(), PageRequest.of(page, size))
                .map(t -> ThreadSummary.of(t, reader.staff()));
    }

    /** Opens a thread with its first post; the author follows it. */
    @Transactional
    public long start(Reader reader, @Nullable String theme, @Nullable String title, @Nullable String body) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = theme == null ? "" : theme.strip();
        if (!taxonomy.contains(Vocabulary.THEMES, code)) {
            problems.add(new FieldProblem("theme", "networkDiscussions.theme.invalid"));
        }
        String checkedTitle = DiscussionText.title(title, problems);
        String checkedBody = DiscussionText.body(body, problems);
        DiscussionText.failOn(problems);
        Instant now = clock.instant();
        DiscussionThread thread = threads.save(new DiscussionThread(code, checkedTitle, reader.author(), now));
        addPost(reader, thread, checkedBody, now);
        return thread.id();
    }

    @Transactional(readOnly = true)
    public ThreadDetail thread(Reader reader, long id, int page, int size) {
        DiscussionText.paging(page, size);
        DiscussionThread thread = find(reader, id);
        Instant now = clock.instant();
        Page<DiscussionPost> found = posts.findByThreadIdOrderByIdAsc(id, PageRequest.of(page, size));
        List<PostView> views = thread.hidden() && !reader.staff()
                ? List.of()
                : found.map(p -> PostView.of(p, reader, now)).getContent();
        return new ThreadDetail(
                ThreadSummary.of(thread, reader.staff()),
                views,
                page,
                size,
                found.getTotalElements(),
                following.follows(reader, id));
    }

    /** A reply; 409 when the thread is locked. The author follows the thread from now on. */
    @Transactional
    public long reply(Reader reader, long threadId, @Nullable String body) {
        DiscussionThread thread = find(reader, threadId);
        if (thread.hidden() || thread.locked()) {
            throw ProblemException.conflict("networkDiscussions.locked");
        }
        return addPost(reader, thread, DiscussionText.body(body), clock.instant());
    }

    /** The author changes their post within {@link DiscussionPost#EDIT_WINDOW}. */
    @Transactional
    public void edit(Reader reader, long threadId, long postId, @Nullable String body) {
        String text = DiscussionText.body(body);
        DiscussionPost post = own(reader, threadId, postId);
        if (find(reader, threadId).locked()) {
            throw ProblemException.conflict("networkDiscussions.locked");
        }
        post.edit(text, clock.instant());
    }

    /** The author deletes their post: hidden, as by its author. */
    @Transactional
    public void delete(Reader reader, long threadId, long postId) {
        DiscussionPost post = own(reader, threadId, postId);
        if (!post.hidden()) {
            post.withdraw(reader.email(), clock.instant());
        }
    }

    /** A post of the thread, for its author. */
    @Transactional(readOnly = true)
    public PostView post(Reader reader, long threadId, long postId) {
        return PostView.of(own(reader, threadId, postId), reader, clock.instant());
    }

    private long addPost(Reader reader, DiscussionThread thread, String body, Instant now) {
        thread.posted(now);
        DiscussionPost post = posts.save(new DiscussionPost(thread.id(), reader.author(), body, now));
        following.follow(reader, thread.id());
        notifier.posted(thread, post);
        return post.id();
    }

    private DiscussionPost own(Reader reader, long threadId, long postId) {
        find(reader, threadId);
        DiscussionPost post =
                posts.findById(postId).filter(p -> p.threadId() == threadId).orElseThrow(ProblemException::notFound);
        if (!post.writtenBy(reader.email())) {
            throw new ProblemException(org.springframework.http.HttpStatus.FORBIDDEN, "networkDiscussions.notYours");
        }
        return post;
    }

    /** The thread, which a member may open even when hidden (to read that it is hidden); 404 when there is none. */
    DiscussionThread find(Reader reader, long id) {
        return threads.findById(id).orElseThrow(ProblemException::notFound);
    }
}
