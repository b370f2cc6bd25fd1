package org.vtprotect.event.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list, as the API answers it: {@code {"items","page","size","totalItems"}}. */
record Listing<T>(List<T> items, int page, int size, long totalItems) {

    static <T> Listing<T> of(Page<T> found) {
        return new Listing<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }
}
