package org.vtprotect.account.web.admin;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a list in the API's shape: {@code {"items","page","size","totalItems"}}. */
record ApiPage<T>(List<T> items, int page, int size, long totalItems) {

    static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
