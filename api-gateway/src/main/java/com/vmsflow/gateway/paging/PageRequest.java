package com.vmsflow.gateway.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.function.Function;

/**
 * How every list of the API pages (API.md: "every new list is paged like {@code GET /orders}"), taken as
 * {@code @Valid @BeanParam}: {@code after} is the key of the last item of the page before (absent: from the start),
 * {@code limit} how many items at most. The answer's {@code next} is the {@code after} of the next page, null on the
 * last. A bad parameter is named as the client sent it ({@code details.limit}).
 */
public class PageRequest {

    @QueryParam("after")
    @Size(max = 200)
    String after;

    @QueryParam("limit")
    @DefaultValue("100")
    @Min(1)
    @Max(500)
    int limit;

    /** A page of items and the {@code after} of the next page. */
    public record Page<T>(List<T> items, String next) {
    }

    public String after() {
        return after;
    }

    /** How many rows to read: one more than asked tells whether there is a next page. */
    public int rowsToRead() {
        return limit + 1;
    }

    /** The page of {@code rows} (read with {@link #rowsToRead}) as {@code view} shows them, keyed by {@code key}. */
    public <R, T> Page<T> page(List<R> rows, Function<R, T> view, Function<T, String> key) {
        List<T> items = rows.stream().limit(limit).map(view).toList();
        return new Page<>(items, rows.size() > limit ? key.apply(items.get(items.size() - 1)) : null);
    }
}
