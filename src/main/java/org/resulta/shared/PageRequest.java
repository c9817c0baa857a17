package org.resulta.shared;

/** A page of a list: zero-based page number and a size capped by the caller. */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0) {
            throw new InvalidValueException("page", "page-range", "page must be 0 or more, not " + page);
        }
        if (size < 1) {
            throw new InvalidValueException("size", "page-range", "size must be 1 or more, not " + size);
        }
    }

    public long offset() {
        return (long) page * size;
    }

    public PageRequest capped(int maxSize) {
        return size > maxSize ? new PageRequest(page, maxSize) : this;
    }
}
