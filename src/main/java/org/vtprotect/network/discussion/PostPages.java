package org.vtprotect.network.discussion;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.web.FieldErrors;
import org.vtprotect.platform.ProblemException;

/**
 * What a reader does to their own posts and follows: edit a post for a while, delete it, follow or
 * stop following a thread, and choose how to hear of new posts.
 */
@Controller
class PostPages {

    private final Discussions discussions;
    private final Following following;
    private final Readers readers;
    private final MessageSource messages;

    PostPages(Discussions discussions, Following following, Readers readers, MessageSource messages) {
        this.discussions = discussions;
        this.following = following;
        this.readers = readers;
        this.messages = messages;
    }

    @GetMapping("/network/discussions/{id}/posts/{postId}/edit")
    String editForm(@PathVariable long id, @PathVariable long postId, Locale locale, Model model) {
        Reader reader = readers.current(locale);
        PostView post = discussions.post(reader, id, postId);
        return editPage(model, id, post, post.body() == null ? "" : post.body(), new FieldErrors(Map.of()));
    }

    @PostMapping("/network/discussions/{id}/posts/{postId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long postId,
            @RequestParam(defaultValue = "") String body,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Reader reader = readers.current(locale);
        try {
            discussions.edit(reader, id, postId, body);
            return "redirect:/network/discussions/" + id + "#post-" + postId;
        } catch (ProblemException e) {
            FieldErrors errors = FormErrors.of(e, messages, locale);
            response.setStatus(e.status().value());
            return editPage(model, id, discussions.post(reader, id, postId), body, errors);
        }
    }

    @PostMapping("/network/discussions/{id}/posts/{postId}/delete")
    String delete(@PathVariable long id, @PathVariable long postId, Locale locale) {
        discussions.delete(readers.current(locale), id, postId);
        return "redirect:/network/discussions/" + id + "#post-" + postId;
    }

    @PostMapping("/network/discussions/{id}/follow")
    String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow, Locale locale) {
        Reader reader = readers.current(locale);
        if (follow) {
            following.follow(reader, id);
        } else {
            following.unfollow(reader, id);
        }
        return "redirect:/network/discussions/" + id;
    }

    @GetMapping("/network/discussions/settings")
    String settings(@RequestParam(defaultValue = "false") boolean saved, Locale locale, Model model) {
        Reader reader = readers.current(locale);
        model.addAttribute("notification", following.notification(reader));
        model.addAttribute("choices", Notification.values());
        model.addAttribute("saved", saved);
        return "network/discussions/settings";
    }

    @PostMapping("/network/discussions/settings")
    String choose(@RequestParam(defaultValue = "") String notification, Locale locale) {
        Reader reader = readers.current(locale);
        following.choose(reader, parse(notification));
        return "redirect:/network/discussions/settings?saved=true";
    }

    static Notification parse(String notification) {
        try {
            return Notification.valueOf(notification.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("notification", "networkDiscussions.notification.invalid");
        }
    }

    private String editPage(Model model, long threadId, PostView post, String body, FieldErrors errors) {
        model.addAttribute("threadId", threadId);
        model.addAttribute("post", post);
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return "network/discussions/edit";
    }
}
