package org.vtprotect.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** A list's address with its search parameters, each encoded, the empty ones left out. */
final class ListLink {

    private final String path;
    private final StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");

    ListLink(String path) {
        this.path = path;
    }

    ListLink with(String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    ListLink page(int page) {
        return page > 0 ? with("page", page) : this;
    }

    @Override
    public String toString() {
        return path + query;
    }
}
