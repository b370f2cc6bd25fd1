package org.vtprotect.account.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * The count ("1–20 of 345") and the links to the previous and next pages of a list, keeping every
 * other parameter of the current request.
 */
public record Pager(
        long from,
        long to,
        long total,
        @Nullable String previous,
        @Nullable String next) {

    static Pager of(Page<?> page, HttpServletRequest request) {
        long from = page.getNumberOfElements() == 0 ? 0 : page.getPageable().getOffset() + 1;
        long to = page.getNumberOfElements() == 0 ? 0 : from + page.getNumberOfElements() - 1;
        String previous = page.hasPrevious() ? link(request, page.getNumber() - 1) : null;
        String next = page.hasNext() ? link(request, page.getNumber() + 1) : null;
        return new Pager(from, to, page.getTotalElements(), previous, next);
    }

    private static String link(HttpServletRequest request, int page) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!"page".equals(parameter.getKey()) && !parameter.getKey().startsWith("_")) {
                for (String value : parameter.getValue()) {
                    query.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
        }
        query.add("page=" + page);
        return request.getRequestURI() + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
