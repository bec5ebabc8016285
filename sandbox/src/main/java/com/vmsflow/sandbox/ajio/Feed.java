package com.vmsflow.sandbox.ajio;

import com.vmsflow.sandbox.api.ApiException;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only feed read with a cursor, as Ajio's cancellation, returns and RSI feeds are. The cursor is the
 * position after the last event read, written as a number; an empty or absent cursor starts at the beginning.
 */
public final class Feed<T> {

    public static final int MAX_LIMIT = 500;

    private final List<T> events = new ArrayList<>();

    public synchronized void append(T event) {
        events.add(event);
    }

    public synchronized FeedPage<T> after(String cursor, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        int from = Math.min(position(cursor), events.size());
        int to = Math.min(from + limit, events.size());
        return new FeedPage<>(new ArrayList<>(events.subList(from, to)), Integer.toString(to));
    }

    private static int position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            int position = Integer.parseInt(cursor.trim());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.invalid("cursor " + cursor + " is not one this feed gave");
    }
}
