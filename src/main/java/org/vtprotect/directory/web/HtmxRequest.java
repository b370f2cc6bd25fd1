package org.vtprotect.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Whether a request comes from htmx and wants only a fragment of the page. */
final class HtmxRequest {

    private HtmxRequest() {}

    /**
     * True for an htmx request, except when htmx restores its history and needs the whole page.
     * Marks the response as varying with the header, so that caches keep both forms apart.
     */
    static boolean wantsFragment(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
