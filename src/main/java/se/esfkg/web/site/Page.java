package se.esfkg.web.site;

import java.util.List;

/** One page of a longer list: its items, the total count, and where it sits (pages count from 1). */
public record Page<T>(List<T> items, long total, int number, int size) {

    public Page {
        items = List.copyOf(items);
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of size " + size);
        }
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /** Position of the first item on this page, from 1 (0 when the list is empty). */
    public long first() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }

    /** Offset of a page, for SPARQL's OFFSET. */
    public static long offset(int number, int size) {
        return (long) (Math.max(1, number) - 1) * size;
    }
}
