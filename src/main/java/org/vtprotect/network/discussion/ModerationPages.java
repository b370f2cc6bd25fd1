package org.vtprotect.network.discussion;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.web.FieldErrors;
import org.vtprotect.platform.ProblemException;

/**
 * Moderation from the thread's page, for programme officers: lock and unlock a thread, hide and
 * unhide a thread or a post, each with a reason. A missing reason brings the thread back with the
 * error beside the field.
 */
@Controller
class ModerationPages {

    private final Moderator moderator;
    private final Readers readers;
    private final DiscussionPages pages;
    private final MessageSource messages;

    ModerationPages(Moderator moderator, Readers readers, DiscussionPages pages, MessageSource messages) {
        this.moderator = moderator;
        this.readers = readers;
        this.pages = pages;
        this.messages = messages;
    }

    @PostMapping("/network/discussions/{id}/lock")
    String lock(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Reader officer = readers.current(locale);
        return act(() -> moderator.lock(officer, id, reason), officer, id, locale, model, response);
    }

    @PostMapping("/network/discussions/{id}/unlock")
    String unlock(@PathVariable long id, Locale locale) {
        moderator.unlock(readers.current(locale), id);
        return "redirect:/network/discussions/" + id;
    }

    @PostMapping("/network/discussions/{id}/hide")
    String hide(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Reader officer = readers.current(locale);
        return act(() -> moderator.hideThread(officer, id, reason), officer, id, locale, model, response);
    }

    @PostMapping("/network/discussions/{id}/unhide")
    String unhide(@PathVariable long id, Locale locale) {
        moderator.unhideThread(readers.current(locale), id);
        return "redirect:/network/discussions/" + id;
    }

    @PostMapping("/network/discussions/{id}/posts/{postId}/hide")
    String hidePost(
            @PathVariable long id,
            @PathVariable long postId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Reader officer = readers.current(locale);
        return act(() -> moderator.hidePost(officer, id, postId, reason), officer, id, locale, model, response);
    }

    @PostMapping("/network/discussions/{id}/posts/{postId}/unhide")
    String unhidePost(@PathVariable long id, @PathVariable long postId, Locale locale) {
        moderator.unhidePost(readers.current(locale), id, postId);
        return "redirect:/network/discussions/" + id + "#post-" + postId;
    }

    private String act(
            Runnable action, Reader officer, long id, Locale locale, Model model, HttpServletResponse response) {
        try {
            action.run();
            return "redirect:/network/discussions/" + id;
        } catch (ProblemException e) {
            // the reason fields are several on the page: the error is said once, at the top
            var errors = new FieldErrors(Map.of(
                    "",
                    String.join(" ", FormErrors.of(e, messages, locale).texts().values())));
            response.setStatus(e.status().value());
            return pages.threadPage(model, officer, locale, id, 0, "", errors);
        }
    }
}
