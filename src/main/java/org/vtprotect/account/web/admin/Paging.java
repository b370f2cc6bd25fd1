package org.vtprotect.account.web.admin;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Page number and size as asked for, brought into range: size 1 to 200, first page 0. */
final class Paging {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 200;

    private Paging() {}

    static Pageable of(int page, int size) {
        int boundedSize = Math.max(1, Math.min(MAX_SIZE, size));
        int boundedPage = Math.max(0, Math.min(page, Integer.MAX_VALUE / boundedSize - 1));
        return PageRequest.of(boundedPage, boundedSize);
    }
}
