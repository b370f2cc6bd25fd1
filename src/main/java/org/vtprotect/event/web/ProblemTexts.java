package org.vtprotect.event.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.ProblemException;

/**
 * A problem as sentences for the organiser's pages: a problem of a line of a file ({@code
 * rows[5].email}) says which line, anything else is its message.
 */
@Component
class ProblemTexts {

    private static final Pattern ROW = Pattern.compile("^(?:rows|invitations|people)\\[(\\d+)]\\.(.+)$");

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<String> of(ProblemException e, Locale locale) {
        List<String> texts = new ArrayList<>();
        if (e.fieldProblems().isEmpty()) {
            texts.add(text(e.messageKey(), locale, e.arguments()));
        }
        e.fieldProblems().forEach(p -> {
            String message = text(p.messageKey(), locale);
            Matcher row = ROW.matcher(p.field());
            texts.add(row.matches() ? text("event.tools.line", locale, row.group(1), message) : message);
        });
        return texts.stream().distinct().limit(50).toList();
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
