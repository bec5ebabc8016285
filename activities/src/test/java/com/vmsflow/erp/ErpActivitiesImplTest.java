package com.vmsflow.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import com.vmsflow.config.HttpSettings;
import com.vmsflow.flow.DataConverters;
import com.vmsflow.order.cancellation.CancellationSource;
import com.vmsflow.store.CancelledAfterPostingRepository;
import com.vmsflow.store.ClientRepository;
import com.vmsflow.store.PostingRepository;
import com.vmsflow.testing.TestDatabase;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ERP postings through a real worker: Temporal retries the delivery, the outbox keeps it once. */
class ErpActivitiesImplTest {

    @WorkflowInterface
    public interface PostOnce {
        @WorkflowMethod
        void post(String clientId, ErpPosting posting);
    }

    public static class PostOnceImpl implements PostOnce {
        @Override
        public void post(String clientId, ErpPosting posting) {
            Workflow.newActivityStub(ErpActivities.class, ActivityOptions.newBuilder(ErpActivities.OPTIONS)
                    .setRetryOptions(RetryOptions.newBuilder(ErpActivities.OPTIONS.getRetryOptions())
                            .setInitialInterval(Duration.ofMillis(100)).build())
                    .build()).post(clientId, posting);
        }
    }

    private TestDatabase db;
    private MockWebServer erp;
    private TestWorkflowEnvironment env;
    private PostingRepository postings;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.create();
        Jdbi jdbi = db.jdbi();
        ClientRepository clients = new ClientRepository(jdbi);
        clients.upsert(client("push-client", PostingMode.PUSH));
        clients.upsert(client("pull-client", PostingMode.PULL));
        postings = new PostingRepository(jdbi);
        erp = new MockWebServer();
        erp.start();
        HttpSettings http = new HttpSettings();
        http.readTimeout = io.dropwizard.util.Duration.seconds(2);
        env = TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder().setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder().setDataConverter(DataConverters.vmsflow()).build()).build());
        Worker worker = env.newWorker("erp-test");
        worker.registerWorkflowImplementationTypes(PostOnceImpl.class);
        worker.registerActivitiesImplementations(new ErpActivitiesImpl(new ErpClient(http), postings,
                new CancelledAfterPostingRepository(jdbi), clients,
                Map.of("push-client", erp.url("/erp/push-client").toString())));
        env.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        env.close();
        erp.shutdown();
        db.close();
    }

    private static ClientSettings client(String id, PostingMode mode) {
        ClientSettings c = new ClientSettings();
        c.clientId = id;
        c.name = id;
        c.ajioSellerId = id;
        c.ajioSecret = "s";
        c.supplierGstin = "27AAPFU0939F1ZV";
        c.eInvoicingModel = EInvoicingModel.ERP;
        c.returnModel = ReturnModel.CREDIT_NOTE_ERP;
        c.postingMode = mode;
        c.invoicePrefix = "DE";
        return c;
    }

    private void post(String clientId, ErpPosting posting) {
        env.getWorkflowClient().newWorkflowStub(PostOnce.class, WorkflowOptions.newBuilder()
                .setTaskQueue("erp-test").setWorkflowId("post-" + posting.messageId()).build())
                .post(clientId, posting);
    }

    private static ErpPosting posting(String messageId) {
        return new ErpPosting(messageId, PostingEventType.OUTWARD_ORDER_CREATE, "FL1", null,
                Instant.parse("2026-11-23T10:00:00Z"), JsonNodeFactory.instance.objectNode().put("orderId", "FL1"));
    }

    @Test
    void aPushPostingIsDeliveredOnceAfterTheErpAnswers503ThenTakesIt() throws Exception {
        erp.enqueue(new MockResponse().setResponseCode(503).setBody("{\"errorCode\":\"DOWN\",\"message\":\"later\"}"));
        erp.enqueue(new MockResponse().setResponseCode(200).setBody("{\"status\":\"RECEIVED\"}"));

        post("push-client", posting("m-1"));

        assertThat(erp.getRequestCount()).isEqualTo(2);
        RecordedRequest first = erp.takeRequest();
        RecordedRequest second = erp.takeRequest();
        assertThat(first.getHeader("Idempotency-Key")).isEqualTo("m-1");
        assertThat(second.getHeader("Idempotency-Key")).isEqualTo("m-1");
        assertThat(second.getPath()).isEqualTo("/erp/push-client/postings");
        assertThat(second.getBody().readUtf8()).contains("\"messageId\":\"m-1\"", "OUTWARD_ORDER_CREATE");
        PostingRepository.Posting stored = postings.find("m-1").orElseThrow();
        assertThat(stored.deliveredAt()).isNotNull();
        assertThat(postings.feed("push-client", 0, 10)).as("one row in the outbox").hasSize(1);
    }

    @Test
    void aPullPostingStaysInTheOutboxForTheErpToRead() {
        post("pull-client", posting("m-2"));

        assertThat(erp.getRequestCount()).isZero();
        assertThat(postings.feed("pull-client", 0, 10)).singleElement()
                .satisfies(p -> assertThat(p.deliveredAt()).isNull());
    }

    @Test
    void theCancelledAfterPostingReportKeepsOneRowPerCancellation() {
        CancelledAfterPostingRepository report = new CancelledAfterPostingRepository(db.jdbi());
        CancelledAfterPosting row = new CancelledAfterPosting("push-client", "FL9", CancellationSource.SELLER, true,
                "customer called", true, "EI1", Instant.parse("2026-11-23T11:00:00Z"));

        report.add(row);
        report.add(row);

        int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from cancelled_after_erp_posting")
                .mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }
}
