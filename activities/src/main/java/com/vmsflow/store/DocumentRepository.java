package com.vmsflow.store;

import static org.jdbi.v3.core.transaction.TransactionIsolationLevel.READ_COMMITTED;

import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.FinancialYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Our own document numbers (RMS invoices, credit notes) and the documents made for orders, returns and handovers. */
public record DocumentRepository(Jdbi jdbi) {

    /**
     * The number of the {@code type} document of {@code reference}: on first call the next of the client's series
     * for the financial year of {@code date}, e.g. {@code DR2627000001} for prefix DR in 2026-27; the same number on
     * every later call, whatever its date, also under concurrent callers. The series has no gaps.
     */
    public String allocateNumber(String clientId, DocumentType type, String reference, LocalDate date) {
        String finYear = FinancialYear.of(date);
        // Read committed whatever the pool's default: after waiting for the series lock, see the number just taken.
        return jdbi.inTransaction(READ_COMMITTED, h -> {
            DocumentDao dao = h.attach(DocumentDao.class);
            Optional<String> existing = dao.findNumber(clientId, type, reference);
            if (existing.isPresent()) {
                return existing.get();
            }
            String prefix = dao.invoicePrefix(clientId)
                    .orElseThrow(() -> new IllegalArgumentException("unknown client " + clientId));
            // The series row's lock makes one allocation at a time per series; the series moves only when the
            // number is taken, so a caller that lost the race for this reference leaves no gap.
            dao.createSeries(clientId, type, finYear);
            long next = dao.lockSeries(clientId, type, finYear);
            String number = prefix + FinancialYear.compact(date) + String.format("%06d", next);
            if (dao.insertNumber(clientId, type, reference, number) == 0) {
                return dao.findNumber(clientId, type, reference).orElseThrow();
            }
            dao.advanceSeries(clientId, type, finYear);
            return number;
        });
    }

    /** Stores the document; a document with the same client, kind and number is kept as it is. */
    public void save(StoredDocument document) {
        jdbi.useExtension(DocumentDao.class, dao -> dao.save(document));
    }

    public Optional<StoredDocument> find(String clientId, DocumentKind kind, String number) {
        return jdbi.withExtension(DocumentDao.class, dao -> dao.find(clientId, kind, number));
    }

    /** The documents of an order, a return or a handover, in the order they were made. */
    public List<StoredDocument> forReference(String clientId, String reference) {
        return jdbi.withExtension(DocumentDao.class, dao -> dao.forReference(clientId, reference));
    }
}
