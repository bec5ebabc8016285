package com.vmsflow.erp;

import com.vmsflow.config.HttpSettings;
import com.vmsflow.http.HttpClients;
import com.vmsflow.http.JsonHttp;
import okhttp3.HttpUrl;

/**
 * Delivers postings to clients' ERPs in PUSH mode, each ERP at its own URL. Refusals fail non-retryable as
 * {@link #REFUSED}; other failures as classified by {@link JsonHttp}. Thread-safe: one instance, with one
 * connection pool, serves every client.
 */
public final class ErpClient {

    public static final String REFUSED = "ERP_REFUSED";

    private final JsonHttp http;

    /** {@code settings.baseUrl} is unused: each delivery names its ERP's URL. */
    public ErpClient(HttpSettings settings) {
        this.http = new JsonHttp("ERP", REFUSED, HttpClients.create(settings));
    }

    /** POSTs the posting to {@code {erpUrl}/postings}, keyed by its messageId. */
    public ErpReceipt deliver(String erpUrl, ErpPostingMessage posting) {
        HttpUrl url = HttpUrl.get(erpUrl).newBuilder().addPathSegment("postings").build();
        return http.call("deliver " + posting.eventType(), JsonHttp.post(url, posting, posting.messageId()).build(),
                Answer.class).status();
    }

    private record Answer(ErpReceipt status) {
    }
}
