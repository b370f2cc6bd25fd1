package org.vtprotect.library.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.vtprotect.library.ImportView.Reason;

/** Why a file of an import did not go in, in the reader's language: a column's problem is prefixed with the column. */
final class ImportReasons {

    private ImportReasons() {}

    static String text(MessageSource messages, List<Reason> reasons, Locale locale) {
        return reasons.stream().map(r -> text(messages, r, locale)).collect(Collectors.joining(" "));
    }

    static String text(MessageSource messages, Reason reason, Locale locale) {
        Object[] args = reason.args().isEmpty() ? null : reason.args().toArray();
        String message = messages.getMessage(reason.key(), args, reason.key(), locale);
        if (reason.field() == null) {
            return message;
        }
        return messages.getMessage("library.import.reason.field", new Object[] {reason.field(), message}, locale);
    }
}
