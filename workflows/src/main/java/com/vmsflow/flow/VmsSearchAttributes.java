package com.vmsflow.flow;

import io.temporal.common.SearchAttributeKey;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The custom search attributes support staff filter on in Temporal Web, e.g.
 * {@code ClientId = 'demo-erp' AND WaitingFor = 'ERP' AND WaitingSince < '2026-11-22T10:00:00Z'}.
 * Never personal data: these are stored unencrypted.
 */
public final class VmsSearchAttributes {

    public static final SearchAttributeKey<String> CLIENT_ID = SearchAttributeKey.forKeyword("ClientId");
    public static final SearchAttributeKey<String> CHANNEL_ORDER_ID = SearchAttributeKey.forKeyword("ChannelOrderId");
    public static final SearchAttributeKey<String> ORDER_STATUS = SearchAttributeKey.forKeyword("OrderStatus");
    public static final SearchAttributeKey<String> E_INVOICING_MODEL =
            SearchAttributeKey.forKeyword("EInvoicingModel");
    public static final SearchAttributeKey<String> RETURN_MODEL = SearchAttributeKey.forKeyword("ReturnModel");
    public static final SearchAttributeKey<String> WAITING_FOR = SearchAttributeKey.forKeyword("WaitingFor");
    public static final SearchAttributeKey<OffsetDateTime> WAITING_SINCE =
            SearchAttributeKey.forOffsetDateTime("WaitingSince");
    public static final SearchAttributeKey<Boolean> OVERDUE = SearchAttributeKey.forBoolean("Overdue");

    /** All of them, for registration on a server (the test server and the docker admin job). */
    public static final List<SearchAttributeKey<?>> ALL = List.of(CLIENT_ID, CHANNEL_ORDER_ID, ORDER_STATUS,
            E_INVOICING_MODEL, RETURN_MODEL, WAITING_FOR, WAITING_SINCE, OVERDUE);

    private VmsSearchAttributes() {
    }
}
