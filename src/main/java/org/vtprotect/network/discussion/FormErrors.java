package org.vtprotect.network.discussion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.vtprotect.network.web.FieldErrors;
import org.vtprotect.platform.ProblemException;

/** A refused form's problems as the page shows them, beside each field and in the summary. */
final class FormErrors {

    private FormErrors() {}

    /** The problems of a 4xx refusal; anything else is thrown on, to the error page. */
    static FieldErrors of(ProblemException e, MessageSource messages, Locale locale) {
        if (!e.status().is4xxClientError()
                || e.status().value() == 403
                || e.status().value() == 404) {
            throw e;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        if (e.fieldProblems().isEmpty()) {
            texts.put("", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        e.fieldProblems()
                .forEach(p -> texts.putIfAbsent(
                        p.field(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
        return new FieldErrors(texts);
    }
}
