package org.vtprotect.library.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vtprotect.platform.ProblemException;

/** A problem raised by a library form as text beside each field; one about the file itself (type, size, duplicate) under "file". */
@Component
class FormProblems {

    private final MessageSource messages;

    FormProblems(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> byField(ProblemException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            errors.put("file", message(e, locale));
        }
        e.fieldProblems()
                .forEach(p -> errors.putIfAbsent(
                        p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return errors;
    }

    String message(ProblemException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }
}
