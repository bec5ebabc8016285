package com.vmsflow.sandbox.erp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vmsflow.client.PostingMode;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.api.OutsideSystem;
import com.vmsflow.sandbox.calls.CallLog;
import com.vmsflow.sandbox.calls.CallRecord;
import com.vmsflow.sandbox.calls.Outcome;
import com.vmsflow.sandbox.config.ErpClientSettings;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clients' ERPs. Each receives postings (pushed, or pulled by its poller), drops repeats by messageId, and
 * after its invoice delay makes an e-invoice for each {@code OUTWARD_ORDER_CREATE} (to Ajio) and each
 * {@code B2B2C_PACK_CONFIRMATION} (the brand's to its partner), and a credit note for each
 * {@code RETURN_ORDER_CREATE}, which it sends to the gateway. Cancel, complete, bulk dispatch and B2B2C return
 * postings are only recorded.
 */
public class ErpSimulator implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(ErpSimulator.class);

    private final Map<String, ErpClient> clients;
    private final ErpDocuments documents;
    private final GatewayCallbacks callbacks;
    private final ScheduledExecutorService scheduler;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final CallLog calls;
    private final Clock clock;
    private final String ajioGstin;
    private final List<PostingPoller> pollers;

    /**
     * @param ajioGstin Ajio's GSTIN: the buyer credited by the ERP's credit notes
     * @param scheduler times the documents and the retries of their delivery
     */
    public ErpSimulator(List<ErpClientSettings> settings, EInvoiceIssuer issuer, String ajioGstin,
                        ScheduledExecutorService scheduler, ObjectMapper mapper, CallLog calls, Clock clock) {
        this(settings, issuer, ajioGstin, scheduler, mapper, calls, clock, List.of());
    }

    /** @param interceptors see every call to the gateway, e.g. the tests' check of each against its OpenAPI document */
    public ErpSimulator(List<ErpClientSettings> settings, EInvoiceIssuer issuer, String ajioGstin,
                        ScheduledExecutorService scheduler, ObjectMapper mapper, CallLog calls, Clock clock,
                        List<Interceptor> interceptors) {
        this.http = httpClient(interceptors);
        this.clients = settings.stream().collect(Collectors.toUnmodifiableMap(s -> s.clientId, ErpClient::new));
        this.documents = new ErpDocuments(issuer, clock);
        this.callbacks = new GatewayCallbacks(http, mapper, scheduler, calls, clock);
        this.scheduler = scheduler;
        this.mapper = mapper;
        this.calls = calls;
        this.clock = clock;
        this.ajioGstin = ajioGstin;
        this.pollers = settings.stream()
                .filter(s -> s.mode == PostingMode.PULL)
                .map(s -> new PostingPoller(s, http, mapper, posting -> pulled(clients.get(s.clientId), posting)))
                .toList();
    }

    @Override
    public void start() {
        pollers.forEach(PostingPoller::start);
    }

    @Override
    public void stop() {
        pollers.forEach(PostingPoller::stop);
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    /** A pushed posting ({@code POST /erp/{clientId}/postings}). */
    public Answer<PostingReceipt> receive(String clientId, Posting posting) {
        return receive(client(clientId), ApiException.requireBody(posting));
    }

    public ErpClientView view(String clientId) {
        return client(clientId).view();
    }

    public ErpClientView change(String clientId, ErpBehaviour behaviour) {
        ErpClient client = client(clientId);
        ApiException.requireBody(behaviour);
        if (behaviour.invoiceDelayMs() != null && behaviour.invoiceDelayMs() < 0) {
            throw ApiException.invalid("invoiceDelayMs must not be negative");
        }
        client.change(behaviour);
        return client.view();
    }

    /** A posting read from the feed; recorded like a pushed one, as the ERP received it either way. */
    private void pulled(ErpClient client, Posting posting) {
        Answer<PostingReceipt> answer = receive(client, posting);
        calls.record(new CallRecord(OutsideSystem.ERP, "posting", posting.messageId(), null, 200,
                answer.repeat() ? Outcome.REPLAYED : Outcome.APPLIED, clock.instant()));
    }

    private Answer<PostingReceipt> receive(ErpClient client, Posting posting) {
        if (posting.messageId() == null || posting.messageId().isBlank()) {
            throw ApiException.invalid("messageId is required");
        }
        EventType type = eventType(posting.eventType());
        Runnable work = switch (type) {
            case OUTWARD_ORDER_CREATE -> invoiceWork(client, posting);
            case B2B2C_PACK_CONFIRMATION -> b2b2cInvoiceWork(client, posting);
            case RETURN_ORDER_CREATE -> creditNoteWork(client, posting);
            case OUTWARD_ORDER_CANCEL, OUTWARD_ORDER_COMPLETE, BULK_ORDER_DISPATCH, B2B2C_RETURN -> null;
        };
        if (!client.firstTime(posting.messageId(), type, posting.orderId())) {
            return Answer.repeat(PostingReceipt.DUPLICATE);
        }
        if (work != null && !client.silent()) {
            try {
                scheduler.schedule(work, client.invoiceDelay().toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("the sandbox is stopping: posting {} is not answered", posting.messageId());
            }
        }
        return Answer.applied(PostingReceipt.RECEIVED);
    }

    private Runnable invoiceWork(ErpClient client, Posting posting) {
        OrderPayload payload = payload(posting.payload(), OrderPayload.class);
        ErpDocuments.check(payload);
        return invoiceWork(client, ErpDocument.Kind.INVOICE, orderId(payload.orderId(), posting),
                payload.buyerGstin(), payload.lines());
    }

    /** The brand's e-invoice to its partner, the buyer; made and sent exactly as an OUTWARD_ORDER_CREATE's. */
    private Runnable b2b2cInvoiceWork(ErpClient client, Posting posting) {
        B2b2cPackPayload payload = payload(posting.payload(), B2b2cPackPayload.class);
        ErpDocuments.check(payload);
        return invoiceWork(client, ErpDocument.Kind.B2B2C_INVOICE, orderId(payload.orderId(), posting),
                payload.partnerGstin(), payload.lines());
    }

    private Runnable invoiceWork(ErpClient client, ErpDocument.Kind kind, String orderId, String buyerGstin,
                                 List<? extends PayloadLine> lines) {
        return () -> made(client,
                client.newDocument(kind, orderId, id -> documents.invoice(kind, client, id, buyerGstin, lines)));
    }

    /** The order an invoicing posting is about: its payload's, else the posting's. */
    private static String orderId(String ofPayload, Posting posting) {
        String orderId = ofPayload != null ? ofPayload : posting.orderId();
        if (orderId == null) {
            throw ApiException.invalid(posting.eventType() + " postings name their orderId");
        }
        return orderId;
    }

    private Runnable creditNoteWork(ErpClient client, Posting posting) {
        ReturnPayload payload = payload(posting.payload(), ReturnPayload.class);
        ErpDocuments.check(payload);
        String returnId = payload.returnId() != null ? payload.returnId() : posting.returnId();
        if (returnId == null) {
            throw ApiException.invalid("a RETURN_ORDER_CREATE posting names its returnId");
        }
        return () -> made(client, client.newDocument(ErpDocument.Kind.CREDIT_NOTE, returnId,
                id -> documents.creditNote(client, id, payload, ajioGstin)));
    }

    /** Sends a document made just now; nothing when it was made before or there was nothing to document. */
    private void made(ErpClient client, ErpDocument document) {
        if (document != null) {
            callbacks.deliver(client.settings, document);
        }
    }

    private <T> T payload(JsonNode payload, Class<T> type) {
        if (payload == null || !payload.isObject()) {
            throw ApiException.invalid("the posting needs a payload object");
        }
        try {
            return mapper.treeToValue(payload, type);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("the payload is not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static EventType eventType(String eventType) {
        try {
            return EventType.valueOf(eventType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.invalid("eventType " + eventType + " is not one of " + Arrays.stream(EventType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Calls the gateway; bursts of documents queue in OkHttp's dispatcher, not in threads. The read timeout outlasts
     * the gateway's own wait for a workflow (10 s, then 202): an ERP that gave up at the same moment would send every
     * slow document twice, and on an overloaded machine the test server mishandles the second of two identical
     * updates in flight at once (docs/bench.md).
     */
    private static OkHttpClient httpClient(List<Interceptor> interceptors) {
        // OkHttp's own dispatcher pool, on threads of the sandbox's group (OkHttp renames them during a call).
        ThreadGroup group = new ThreadGroup(com.vmsflow.sandbox.SandboxServer.THREADS);
        AtomicInteger n = new AtomicInteger();
        Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(group, r, com.vmsflow.sandbox.SandboxServer.THREADS + "-erp-http-"
                            + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }));
        dispatcher.setMaxRequestsPerHost(32);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(25, TimeUnit.SECONDS)
                .callTimeout(30, TimeUnit.SECONDS);
        interceptors.forEach(builder::addInterceptor);
        return builder.build();
    }

    private ErpClient client(String clientId) {
        ErpClient client = clients.get(clientId);
        if (client == null) {
            throw ApiException.notFound("CLIENT_NOT_FOUND", "no ERP is configured for client " + clientId);
        }
        return client;
    }
}
