package org.cadre.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list filtered and counted in the database. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page(List<T> items, long total, PageRequest request) {
        this(items, total, request.page(), request.size());
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
