package org.cadre.shared;

/** A page of a list, numbered from 0, as it reaches a query; the query binds {@link #limit()} and {@link #offset()}. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size);
    }

    public int limit() {
        return size;
    }

    public long offset() {
        return (long) page * size;
    }
}
