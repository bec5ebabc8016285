package com.vmsflow.sandbox;

import static com.vmsflow.sandbox.AjioFlow.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.sandbox.ajio.returns.NewReturn;
import com.vmsflow.sandbox.ajio.returns.ReturnExpectation;
import com.vmsflow.sandbox.ajio.returns.ReturnItem;
import com.vmsflow.sandbox.ajio.returns.ReturnType;
import com.vmsflow.sandbox.ajio.rsi.NewRsiDocument;
import com.vmsflow.sandbox.ajio.rsi.NewRsiItem;
import com.vmsflow.sandbox.ajio.rsi.RsiDocument;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AjioRsiTest {

    private static final int RATE = 5;

    private AjioFlow ajio;
    private RsiDocument document;

    @BeforeEach
    void returnedItems() {
        ajio = new AjioFlow(TestSandbox.shared());
        String first = ajio.order(line("SKU-A", 2, "799.00"));
        String second = ajio.order(line("SKU-B", 1, "1499.00"));
        ajio.invoiceAll(first);
        ajio.invoiceAll(second);
        ReturnExpectation one = ajio.control.createReturn(ajio.seller, new NewReturn(first,
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem(null, "SKU-A", 2))));
        ReturnExpectation two = ajio.control.createReturn(ajio.seller, new NewReturn(second, ReturnType.RTO,
                List.of(new ReturnItem(null, "SKU-B", 1))));
        document = ajio.control.createRsiDocument(ajio.seller, new NewRsiDocument(List.of(
                new NewRsiItem(one.returnId(), "SKU-A", 2), new NewRsiItem(two.returnId(), "SKU-B", 1))));
    }

    @Test
    void anRsiDocumentSpansReturnsAtTheB2bPrice() {
        JsonNode documents = ajio.get("/rsi-documents").body().get("documents");

        assertThat(documents).hasSize(1);
        JsonNode items = documents.get(0).get("items");
        assertThat(items.get(0).get("amount").asText()).isEqualTo("1118.60");
        assertThat(items.get(1).get("amount").asText()).isEqualTo("1049.30");
        assertThat(items.get(1).get("orderId").asText()).isEqualTo(document.items().get(1).orderId());
    }

    @Test
    void acceptingAgainAnswersTheSame() {
        Api.Reply first = accept(ajio.api);
        Api.Reply again = accept(ajio.api);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(again.body()).isEqualTo(first.body());
        CallCounts counts = ajio.control.calls(OutsideSystem.AJIO, "acceptRsiDocument").counts();
        assertThat(counts.applied("acceptRsiDocument", document.documentId())).isEqualTo(1);
        assertThat(counts.businessKey("acceptRsiDocument", document.documentId())).isEqualTo(2);
    }

    @Test
    void aBurstOfAcceptancesIsThrottledToTheSellersRate() throws Exception {
        int burst = 40;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(burst);
        Api api = ajio.api.withHttp(new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(burst, 1, java.util.concurrent.TimeUnit.MINUTES)).build());
        ExecutorService threads = Executors.newFixedThreadPool(burst);
        List<Callable<Api.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            calls.add(() -> accept(api));
        }

        long start = System.nanoTime();
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> reply : threads.invokeAll(calls)) {
            replies.add(reply.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();

        List<Api.Reply> accepted = replies.stream().filter(r -> r.status() == 200).toList();
        List<Api.Reply> throttled = replies.stream().filter(r -> r.status() == 429).toList();
        assertThat(accepted.size() + throttled.size()).isEqualTo(burst);
        assertThat(throttled).isNotEmpty().allSatisfy(reply -> {
            assertThat(reply.header("Retry-After")).isEqualTo("1");
            assertThat(reply.errorCode()).isEqualTo("THROTTLED");
        });
        // A full bucket lets RATE through at once, then RATE a second.
        assertThat(accepted.size()).isBetween(RATE, RATE + (int) Math.ceil(RATE * seconds));
    }

    private Api.Reply accept(Api api) {
        return api.post("/ajio/v1/rsi-documents/" + document.documentId() + "/acceptance", ajio.token,
                java.util.Map.of(), null);
    }
}
