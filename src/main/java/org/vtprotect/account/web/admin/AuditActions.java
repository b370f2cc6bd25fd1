package org.vtprotect.account.web.admin;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.vtprotect.account.AuditAction;

/** The audit actions the platform knows, read from {@link AuditAction}'s constants, for the filter. */
final class AuditActions {

    static final List<String> KNOWN = Arrays.stream(AuditAction.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .map(AuditActions::value)
            .toList();

    private AuditActions() {}

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("AuditAction constants are public", e);
        }
    }
}
