package com.vmsflow.rms;

import static com.vmsflow.http.JsonHttp.decimal;

import com.vmsflow.config.HttpSettings;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.FinancialYear;
import com.vmsflow.http.HttpClients;
import com.vmsflow.http.JsonHttp;
import com.vmsflow.http.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The RMS e-invoicing service (docs/outside-systems.md). Registering a document twice answers the IRN it got the
 * first time, so {@link #register} is safe to repeat. Refusals fail non-retryable as
 * {@link RmsActivities#REFUSED}; other failures as classified by {@link JsonHttp}. Thread-safe.
 */
public final class RmsClient {

    public static final String ISSUER = "RMS";

    private static final String NOT_FOUND = "NOT_FOUND";

    private final HttpUrl baseUrl;
    private final JsonHttp http;

    public RmsClient(HttpSettings settings) {
        this.baseUrl = HttpUrl.get(settings.baseUrl);
        this.http = new JsonHttp(ISSUER, RmsActivities.REFUSED, HttpClients.create(settings));
    }

    /** Registers the document, or answers what was registered for it before; issuer "RMS". */
    public EInvoice register(EInvoiceRequest request) {
        HttpUrl url = baseUrl.newBuilder().addPathSegments("v1/e-invoices").build();
        RegisteredDocument registered = http.call("register",
                JsonHttp.post(url, Registration.of(request), idempotencyKey(request)).build(),
                RegisteredDocument.class);
        return registered.toEInvoice(request.lines());
    }

    /** The document registered under this number, if any. */
    public Optional<RegisteredDocument> find(String supplierGstin, DocumentType docType, String docNo,
                                             LocalDate docDate) {
        HttpUrl url = baseUrl.newBuilder()
                .addPathSegments("v1/e-invoices")
                .addPathSegment(supplierGstin)
                .addPathSegment(docType.name())
                .addPathSegment(docNo)
                .addQueryParameter("docDate", docDate.toString())
                .build();
        try {
            return Optional.of(http.callRefusable("find", JsonHttp.get(url).build(), RegisteredDocument.class));
        } catch (Refusal refusal) {
            if (refusal.status() == 404 && NOT_FOUND.equals(refusal.errorCode())) {
                return Optional.empty();
            }
            throw refusal.toFailure();
        }
    }

    /**
     * The document's identity at the GST portal: the workflow allocates the number once per document, so a retry
     * carries the same key.
     */
    private static String idempotencyKey(EInvoiceRequest request) {
        return String.join("/", request.supplierGstin(), FinancialYear.of(request.documentDate()),
                request.documentType().name(), request.documentNumber());
    }

    private record Registration(String supplierGstin, String buyerGstin, DocumentType docType, String docNo,
                                LocalDate docDate, List<Line> lines, String totalValue) {

        static Registration of(EInvoiceRequest request) {
            return new Registration(request.supplierGstin(), request.buyerGstin(), request.documentType(),
                    request.documentNumber(), request.documentDate(),
                    request.lines().stream().map(line -> new Line(line.sku(), line.hsnCode(), line.quantity(),
                            decimal(line.taxableValue()), decimal(line.gstRate()))).toList(),
                    decimal(request.totalValue()));
        }
    }

    private record Line(String sku, String hsnCode, int quantity, String taxableValue, String gstRate) {
    }
}
