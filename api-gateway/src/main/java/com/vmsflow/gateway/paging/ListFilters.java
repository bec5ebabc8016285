package com.vmsflow.gateway.paging;

import com.vmsflow.gateway.errors.ApiException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** What every list's query filters share: an empty one ({@code ?status=}, a form's empty field) filters nothing. */
public final class ListFilters {

    private ListFilters() {
    }

    /** The filter's value, or null when it is absent or empty. */
    public static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The constant the filter names exactly, null for no filter; 422 naming every constant for any other value. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (given(value) == null) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.validationFailed(Map.of(parameter, "must be one of "
                        + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")))));
    }
}
