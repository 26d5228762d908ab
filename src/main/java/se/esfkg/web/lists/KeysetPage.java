package se.esfkg.web.lists;

import java.util.List;

/**
 * One page of a list read by keyset: its items, the number of items the whole list has when the
 * statistics tell it (null when the filters combine so that no tally counts them), whether it is the
 * list's first page, and the key of the next page ({@code after=}) when there is one.
 */
public record KeysetPage<T>(List<T> items, Long total, boolean first, String next) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }

    public boolean empty() {
        return items.isEmpty();
    }
}
