package org.vtprotect.network.discussion;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The discussions over JSON, on the same rules as the pages: active members and staff; officers moderate. */
@RestController
@Tag(name = "Network discussions", description = "Threads by theme among members of the network")
class DiscussionApi {

    record NewThread(
            @Nullable String theme,
            @Nullable String title,
            @Nullable String body) {}

    record NewPost(@Nullable String body) {}

    record Reason(@Nullable String reason) {}

    record Listing<T>(List<T> items, int page, int size, long totalItems) {}

    private final Discussions discussions;
    private final Following following;
    private final Moderator moderator;
    private final Readers readers;

    DiscussionApi(Discussions discussions, Following following, Moderator moderator, Readers readers) {
        this.discussions = discussions;
        this.following = following;
        this.moderator = moderator;
        this.readers = readers;
    }

    @GetMapping("/api/v1/network/discussions")
    @Operation(
            summary = "List and search threads",
            description = "Active members and staff. theme (a taxonomy themes code), q (in titles and posts), page,"
                    + " size (at most 200); latest activity first. A hidden thread's title is null for members.")
    Listing<ThreadSummary> list(
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        var found = discussions.search(readers.current(locale), theme, q, page, size);
        return new Listing<>(found.getContent(), page, size, found.getTotalElements());
    }

    @PostMapping("/api/v1/network/discussions")
    @Operation(summary = "Open a thread", description = "{theme, title (200), body (10,000)} → 201 with the thread.")
    ResponseEntity<ThreadDetail> start(@RequestBody NewThread thread, Locale locale) {
        Reader reader = readers.current(locale);
        long id = discussions.start(reader, thread.theme(), thread.title(), thread.body());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/network/discussions/" + id)
                .body(discussions.thread(reader, id, 0, DiscussionPages.PAGE_SIZE));
    }

    @GetMapping("/api/v1/network/discussions/{id}")
    @Operation(summary = "A thread with one page of its posts, oldest first")
    ThreadDetail thread(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Locale locale) {
        return discussions.thread(readers.current(locale), id, page, size);
    }

    @PostMapping("/api/v1/network/discussions/{id}/posts")
    @Operation(summary = "Reply", description = "{body} → 201; 409 when the thread is locked or hidden.")
    ResponseEntity<Map<String, Long>> reply(@PathVariable long id, @RequestBody NewPost post, Locale locale) {
        long postId = discussions.reply(readers.current(locale), id, post.body());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", postId, "threadId", id));
    }

    @PutMapping("/api/v1/network/discussions/{id}/follow")
    @Operation(summary = "Follow a thread", description = "204; following twice is following.")
    ResponseEntity<Void> follow(@PathVariable long id, Locale locale) {
        following.follow(readers.current(locale), id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/network/discussions/{id}/follow")
    @Operation(summary = "Stop following a thread", description = "204.")
    ResponseEntity<Void> unfollow(@PathVariable long id, Locale locale) {
        following.unfollow(readers.current(locale), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/network/discussions/{id}/lock")
    @Operation(summary = "Lock a thread", description = "Programme officers. {reason} → the thread; no more replies.")
    ThreadSummary lock(@PathVariable long id, @RequestBody Reason reason, Locale locale) {
        Reader officer = readers.current(locale);
        moderator.lock(officer, id, reason.reason());
        return discussions.thread(officer, id, 0, 1).thread();
    }

    @PostMapping("/api/v1/network/discussions/{id}/posts/{postId}/hide")
    @Operation(
            summary = "Hide a post",
            description = "Programme officers. {reason} → 204; members then see that a moderator hid it.")
    ResponseEntity<Void> hide(
            @PathVariable long id, @PathVariable long postId, @RequestBody Reason reason, Locale locale) {
        moderator.hidePost(readers.current(locale), id, postId, reason.reason());
        return ResponseEntity.noContent().build();
    }
}
