package com.vmsflow.sandbox.erp;

import com.vmsflow.einvoice.FinancialYear;
import com.vmsflow.sandbox.config.ErpClientSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One client's ERP: the postings it has seen (by messageId), its behaviour, and the documents it made, one per
 * order or return however often it is posted, numbered in its own series.
 */
final class ErpClient {

    final ErpClientSettings settings;
    private volatile Duration invoiceDelay;
    private volatile boolean silent;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, ErpDocument> invoices = new ConcurrentHashMap<>();
    private final Map<String, ErpDocument> creditNotes = new ConcurrentHashMap<>();
    private final AtomicInteger invoiceNumbers = new AtomicInteger();
    private final AtomicInteger creditNoteNumbers = new AtomicInteger();

    ErpClient(ErpClientSettings settings) {
        this.settings = settings;
        this.invoiceDelay = Duration.ofMillis(settings.invoiceDelay.toMilliseconds());
    }

    /** True the first time a messageId comes; the ERP drops repeats. */
    boolean firstTime(String messageId) {
        return seen.add(messageId);
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

    /** The order's invoice, made by {@code make} the first time; answers null when this call did not make it. */
    ErpDocument newInvoice(String orderId, Function<String, ErpDocument> make) {
        return newDocument(invoices, orderId, make);
    }

    ErpDocument newCreditNote(String returnId, Function<String, ErpDocument> make) {
        return newDocument(creditNotes, returnId, make);
    }

    ErpClientView view() {
        return new ErpClientView(settings.clientId, settings.mode, invoiceDelay.toMillis(), silent, seen.size(),
                Stream.concat(invoices.values().stream(), creditNotes.values().stream())
                        .map(ErpDocument::view)
                        .sorted(Comparator.comparing(ErpDocumentView::number))
                        .toList());
    }

    private static ErpDocument newDocument(Map<String, ErpDocument> documents, String reference,
                                           Function<String, ErpDocument> make) {
        ErpDocument[] made = {null};
        documents.computeIfAbsent(reference, r -> made[0] = make.apply(r));
        return made[0];
    }
}
