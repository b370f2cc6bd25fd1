package org.vtprotect.directory.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list: the API's {@code {"items","page","size","totalItems"}}, and what a page
 * template needs to show "21–40 of 345" and the links around it.
 */
public record Listing<T>(List<T> items, int page, int size, long totalItems) {

    static <S, T> Listing<T> of(Page<S> found, Function<S, T> mapping) {
        return new Listing<>(
                found.getContent().stream().map(mapping).toList(),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements());
    }

    /** The position of the first item shown, from 1 (0 when there is none). */
    public long first() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return items.isEmpty() ? 0 : (long) page * size + items.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
    }
}
