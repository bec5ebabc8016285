package com.vmsflow.sandbox.rms;

import com.vmsflow.einvoice.DocumentNumber;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.FinancialYear;
import com.vmsflow.einvoice.Gstin;
import com.vmsflow.sandbox.api.Money;
import com.vmsflow.sandbox.api.Answer;
import com.vmsflow.sandbox.api.ApiException;
import com.vmsflow.sandbox.einvoice.DocumentDraft;
import com.vmsflow.sandbox.einvoice.DraftLine;
import com.vmsflow.sandbox.einvoice.EInvoiceIssuer;
import com.vmsflow.sandbox.einvoice.IssuedDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The RMS e-invoicing service: registers documents with the GST system, one IRN per document (supplier GSTIN,
 * financial year, type and number, the number's letters of either case being one document to NIC). A document
 * registered before is looked up, not refused, the way the RMS handles the portal's error 2150, so a retried
 * registration is safe.
 */
public class RmsRegistry {

    private record DocumentKey(String supplierGstin, String financialYear, DocumentType type, String docNo) {
    }

    private final Map<DocumentKey, Registration> registrations = new ConcurrentHashMap<>();
    private final AtomicLong ackNumbers = new AtomicLong(112_610_000_000_000L);
    private final EInvoiceIssuer issuer;

    public RmsRegistry(EInvoiceIssuer issuer) {
        this.issuer = issuer;
    }

    /** The business key of an RMS call: {@code docType:docNo}. */
    public static String businessKey(String docType, String docNo) {
        return docType + ":" + docNo;
    }

    public Answer<Registration> register(RegistrationRequest request) {
        ApiException.requireBody(request);
        requireGstin("supplierGstin", request.supplierGstin());
        requireGstin("buyerGstin", request.buyerGstin());
        DocumentType type = documentType(request.docType());
        if (!DocumentNumber.isValid(request.docNo())) {
            throw ApiException.unprocessable("INVALID_DOC_NO", "docNo " + request.docNo() + " must be "
                    + DocumentNumber.RULE + " (" + DocumentNumber.PATTERN + ")");
        }
        if (request.docDate() == null) {
            throw invalidDocument("docDate is required");
        }
        DocumentDraft draft = draft(request, type);
        DocumentKey key = new DocumentKey(request.supplierGstin(), FinancialYear.of(request.docDate()), type,
                DocumentNumber.duplicateKey(request.docNo()));
        boolean[] made = {false};
        Registration registration = registrations.computeIfAbsent(key, k -> {
            made[0] = true;
            IssuedDocument issued = issuer.issue(draft);
            return new Registration(issued.irn(), ackNumbers.incrementAndGet(), issued.irnDate(),
                    issued.signedQrCode(), type, request.docNo(), request.docDate(), Money.of(issued.totalValue()),
                    false);
        });
        return made[0] ? Answer.applied(registration) : Answer.repeat(registration.asDuplicate());
    }

    public Optional<Registration> find(String supplierGstin, String docType, String docNo, LocalDate docDate) {
        DocumentKey key = new DocumentKey(supplierGstin, FinancialYear.of(docDate), documentType(docType),
                DocumentNumber.duplicateKey(docNo));
        return Optional.ofNullable(registrations.get(key));
    }

    private static DocumentDraft draft(RegistrationRequest request, DocumentType type) {
        if (request.lines() == null || request.lines().isEmpty()) {
            throw invalidDocument("a document needs lines");
        }
        for (RegistrationLine line : request.lines()) {
            if (line.quantity() < 1 || !nonNegative(line.taxableValue()) || !nonNegative(line.gstRate())) {
                throw invalidDocument("line " + line.sku() + ": quantity must be at least 1, taxableValue and"
                        + " gstRate given and not negative");
            }
        }
        if (request.totalValue() != null && request.totalValue().signum() < 0) {
            throw invalidDocument("totalValue must not be negative");
        }
        return new DocumentDraft(request.supplierGstin(), request.buyerGstin(), type, request.docNo(),
                request.docDate(), request.lines().stream()
                        .map(l -> new DraftLine(l.hsnCode(), l.taxableValue(), l.gstRate()))
                        .toList(),
                request.totalValue());
    }

    private static void requireGstin(String field, String gstin) {
        String problem = Gstin.problem(gstin);
        if (problem != null) {
            throw ApiException.unprocessable("INVALID_GSTIN", field + ": " + problem);
        }
    }

    private static DocumentType documentType(String docType) {
        try {
            return DocumentType.valueOf(docType);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalidDocument("docType must be INV, CRN or DBN, not " + docType);
        }
    }

    private static ApiException invalidDocument(String message) {
        return ApiException.unprocessable("INVALID_DOCUMENT", message);
    }

    private static boolean nonNegative(BigDecimal value) {
        return value != null && value.signum() >= 0;
    }
}
