package com.vmsflow.gateway.gst;

import com.vmsflow.document.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every request body of an ERP's GST document gives, whatever its fields are called. The names are not bean
 * getters on purpose: the canonical JSON of the body (its update id) stays that of its record components.
 */
public interface GstDocumentBody {

    /** Which document it must be: its type and how messages name it. */
    GstDocumentCheck check();

    /** How the documents table files it. */
    DocumentKind kind();

    String number();

    LocalDate date();

    String irn();

    String signedQrCode();

    List<GstDocumentLine> lines();

    /** Puts what is wrong with the document's attachments into {@code problems}; most documents have none. */
    default void checkAttachments(Map<String, String> problems) {
    }

    /** The attachments kept with the document (never seen by the workflow), by field name. */
    default Map<String, String> attachments() {
        return Map.of();
    }
}
