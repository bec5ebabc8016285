package com.vmsflow.flow;

import com.vmsflow.json.Json;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/** Temporal's payloads in the same JSON as the REST layer; the replayer uses this converter too. */
public final class DataConverters {

    private static final DataConverter VMSFLOW = DefaultDataConverter.newDefaultInstance()
            .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(Json.mapper()));

    private DataConverters() {
    }

    public static DataConverter vmsflow() {
        return VMSFLOW;
    }
}
