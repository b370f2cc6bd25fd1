package org.vtprotect.reference.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Reference data changes only with a new release, so any cache may keep it for a day. The language
 * of the names may come from the {@code Accept-Language} header or the language cookie as well as
 * from {@code ?lang=}, so caches must key on both.
 */
final class CacheableReference {

    static final Duration MAX_AGE = Duration.ofDays(1);

    private CacheableReference() {}

    static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
                .body(body);
    }
}
