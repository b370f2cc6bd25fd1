package org.vtprotect.network.discussion;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.vtprotect.network.web.FieldErrors;
import org.vtprotect.platform.ProblemException;
import org.vtprotect.reference.Taxonomy;
import org.vtprotect.reference.Vocabulary;

/**
 * The discussions' pages for members and staff: the list by theme (with its htmx fragment), a new
 * thread, a thread with its replies and the reply form. Post, redirect, get; no JavaScript needed.
 */
@Controller
class DiscussionPages {

    static final int PAGE_SIZE = 20;

    private final Discussions discussions;
    private final Readers readers;
    private final Taxonomy taxonomy;
    private final MessageSource messages;

    DiscussionPages(Discussions discussions, Readers readers, Taxonomy taxonomy, MessageSource messages) {
        this.discussions = discussions;
        this.readers = readers;
        this.taxonomy = taxonomy;
        this.messages = messages;
    }

    @GetMapping("/network/discussions")
    String list(
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model) {
        Reader reader = readers.current(locale);
        String chosen = taxonomy.contains(Vocabulary.THEMES, theme) ? theme : "";
        String text = q.length() > DiscussionText.QUERY_MAX ? q.substring(0, DiscussionText.QUERY_MAX) : q;
        var found = discussions.search(reader, chosen, text, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute(
                "list", ListPage.of(chosen, text, discussions.themes(reader, locale), found, labels(locale)));
        return htmx != null ? "network/discussions/results" : "network/discussions/list";
    }

    @GetMapping("/network/discussions/new")
    String newThread(@RequestParam(defaultValue = "") String theme, Locale locale, Model model) {
        readers.current(locale);
        return newForm(model, locale, new ThreadForm(theme, "", ""), new FieldErrors(Map.of()));
    }

    @PostMapping("/network/discussions/new")
    String start(ThreadForm form, Locale locale, Model model, HttpServletResponse response) {
        Reader reader = readers.current(locale);
        try {
            long id = discussions.start(reader, form.theme(), form.title(), form.body());
            return "redirect:/network/discussions/" + id;
        } catch (ProblemException e) {
            FieldErrors errors = FormErrors.of(e, messages, locale);
            response.setStatus(e.status().value());
            return newForm(model, locale, form, errors);
        }
    }

    @GetMapping("/network/discussions/{id}")
    String thread(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        Reader reader = readers.current(locale);
        return threadPage(model, reader, locale, id, Math.max(page, 0), "", new FieldErrors(Map.of()));
    }

    @PostMapping("/network/discussions/{id}/posts")
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        Reader reader = readers.current(locale);
        try {
            long postId = discussions.reply(reader, id, body);
            int last = discussions.thread(reader, id, 0, PAGE_SIZE).lastPage();
            return "redirect:/network/discussions/" + id + (last > 0 ? "?page=" + last : "") + "#post-" + postId;
        } catch (ProblemException e) {
            FieldErrors errors = FormErrors.of(e, messages, locale);
            response.setStatus(e.status().value());
            int last = discussions.thread(reader, id, 0, PAGE_SIZE).lastPage();
            return threadPage(model, reader, locale, id, last, body, errors);
        }
    }

    String threadPage(Model model, Reader reader, Locale locale, long id, int page, String reply, FieldErrors errors) {
        ThreadDetail detail = discussions.thread(reader, id, page, PAGE_SIZE);
        String label = taxonomy.label(Vocabulary.THEMES, detail.thread().theme(), locale);
        model.addAttribute("page", new ThreadPage(detail, label, reply, errors, reader.officer()));
        return "network/discussions/thread";
    }

    private String newForm(Model model, Locale locale, ThreadForm form, FieldErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("themes", labels(locale));
        return "network/discussions/new";
    }

    private Map<String, String> labels(Locale locale) {
        return taxonomy.labels(Vocabulary.THEMES, locale);
    }
}
