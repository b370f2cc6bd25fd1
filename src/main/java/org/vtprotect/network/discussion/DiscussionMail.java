package org.vtprotect.network.discussion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.vtprotect.platform.Mail;

/**
 * The mails of the discussions, in the reader's language: one new post, or the day's digest. The
 * text of posts goes out as typed, in a plain-text mail.
 */
@Component
class DiscussionMail {

    private final MessageSource messages;
    private final String baseUrl;

    DiscussionMail(MessageSource messages, @Value("${vtp.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    Mail newPost(String to, Locale locale, DiscussionThread thread, DiscussionPost post) {
        return new Mail(
                to,
                text("networkDiscussions.mail.post.subject", locale, thread.title()),
                text(
                        "networkDiscussions.mail.post.body",
                        locale,
                        author(post, locale),
                        thread.title(),
                        post.body(),
                        link("/network/discussions/" + thread.id(), locale),
                        link("/network/discussions/settings", locale)));
    }

    /** One digest: the new posts grouped by thread, oldest first within each thread. */
    Mail digest(String to, Locale locale, List<DiscussionPost> posts, Map<Long, DiscussionThread> threads) {
        StringBuilder list = new StringBuilder();
        long current = -1;
        for (DiscussionPost post : posts) {
            DiscussionThread thread = threads.get(post.threadId());
            if (post.threadId() != current) {
                current = post.threadId();
                list.append("\n== ")
                        .append(thread.title())
                        .append(" ==\n")
                        .append(link("/network/discussions/" + thread.id(), locale))
                        .append("\n");
            }
            list.append("\n")
                    .append(text("networkDiscussions.mail.digest.post", locale, author(post, locale)))
                    .append("\n")
                    .append(post.body())
                    .append("\n");
        }
        return new Mail(
                to,
                text("networkDiscussions.mail.digest.subject", locale, String.valueOf(posts.size())),
                text(
                        "networkDiscussions.mail.digest.body",
                        locale,
                        String.valueOf(posts.size()),
                        list.toString(),
                        link("/network/discussions/settings", locale)));
    }

    private String author(DiscussionPost post, Locale locale) {
        String name = post.authorName();
        return name == null ? text("networkDiscussions.formerMember", locale) : name;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String link(String path, Locale locale) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path(path)
                .queryParam("lang", locale.getLanguage())
                .build()
                .toUriString();
    }
}
