package com.vmsflow.sandbox.erp;

import com.vmsflow.einvoice.FinancialYear;
import com.vmsflow.sandbox.config.ErpClientSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One client's ERP: the postings it has seen (by messageId, with their event types), its behaviour, and the
 * documents it made, one of each kind per order or return however often it is posted, numbered in its own series.
 */
final class ErpClient {

    final ErpClientSettings settings;
    private volatile Duration invoiceDelay;
    private volatile boolean silent;
    /** The event type of each messageId seen. */
    private final Map<String, EventType> seen = new ConcurrentHashMap<>();
    /** The event types each order was posted with, in the order they came (each messageId once). */
    private final Map<String, List<EventType>> byOrder = new ConcurrentHashMap<>();
    /** Per kind, the documents by order or return id. */
    private final Map<ErpDocument.Kind, Map<String, ErpDocument>> documents = new EnumMap<>(ErpDocument.Kind.class);
    private final AtomicInteger invoiceNumbers = new AtomicInteger();
    private final AtomicInteger creditNoteNumbers = new AtomicInteger();

    ErpClient(ErpClientSettings settings) {
        this.settings = settings;
        this.invoiceDelay = Duration.ofMillis(settings.invoiceDelay.toMilliseconds());
        for (ErpDocument.Kind kind : ErpDocument.Kind.values()) {
            documents.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** True the first time a messageId comes; the ERP drops repeats. */
    boolean firstTime(String messageId, EventType type, String orderId) {
        boolean first = seen.putIfAbsent(messageId, type) == null;
        if (first && orderId != null) {
            byOrder.computeIfAbsent(orderId, o -> new CopyOnWriteArrayList<>()).add(type);
        }
        return first;
    }

    Duration invoiceDelay() {
        return invoiceDelay;
    }

    boolean silent() {
        return silent;
    }

    void change(ErpBehaviour behaviour) {
        if (behaviour.invoiceDelayMs() != null) {
            invoiceDelay = Duration.ofMillis(behaviour.invoiceDelayMs());
        }
        if (behaviour.silent() != null) {
            silent = behaviour.silent();
        }
    }

    /** Numbers such as {@code EI2627000001}: prefix, financial year, counter; valid GST document numbers. */
    String nextInvoiceNumber(LocalDate date) {
        return "EI" + FinancialYear.compact(date) + String.format("%06d", invoiceNumbers.incrementAndGet());
    }

    String nextCreditNoteNumber(LocalDate date) {
        return "CN" + FinancialYear.compact(date) + String.format("%06d", creditNoteNumbers.incrementAndGet());
    }

    /**
     * The document of this kind for the order or return, made by {@code make} the first time; answers null when this
     * call did not make it. Kinds are kept apart: a B2B2C order's invoice to the partner is not its invoice to Ajio.
     */
    ErpDocument newDocument(ErpDocument.Kind kind, String reference, Function<String, ErpDocument> make) {
        ErpDocument[] made = {null};
        documents.get(kind).computeIfAbsent(reference, r -> made[0] = make.apply(r));
        return made[0];
    }

    ErpClientView view() {
        return new ErpClientView(settings.clientId, settings.mode, invoiceDelay.toMillis(), silent, seen.size(),
                seen.values().stream().collect(Collectors.groupingBy(type -> type, Collectors.counting())),
                byOrder,
                documents.values().stream().flatMap(byReference -> byReference.values().stream())
                        .map(ErpDocument::view)
                        .sorted(Comparator.comparing(ErpDocumentView::number))
                        .toList());
    }
}
