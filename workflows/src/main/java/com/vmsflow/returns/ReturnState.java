package com.vmsflow.returns;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.flow.FlowState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Everything a return workflow knows: what its {@code state} query and {@code GET /returns/{id}} show. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReturnState extends FlowState {
    private String clientId;
    private String returnId;
    private String orderId;
    private ReturnType type;
    private ReturnModel returnModel;
    private ReturnStatus status = ReturnStatus.EXPECTED;
    private ReturnExpectation expectation;
    private List<ReturnLine> lines = new ArrayList<>();
    private ReturnReceipt receipt;
    private boolean qcSentToAjio;
    private EInvoice creditNote;
    private boolean creditNoteUploaded;
    private String refusal;
    private List<ReturnStatusChange> history = new ArrayList<>();

    ReturnState() {
    }

    public static ReturnState of(NewReturn input) {
        ReturnState s = new ReturnState();
        s.clientId = input.client().clientId();
        s.returnId = input.expectation().returnId();
        s.orderId = input.expectation().orderId();
        s.type = input.expectation().type();
        s.returnModel = input.client().returnModel();
        s.expectation = input.expectation();
        return s;
    }

    public String clientId() { return clientId; }
    public String returnId() { return returnId; }
    public String orderId() { return orderId; }
    public ReturnType type() { return type; }
    public ReturnModel returnModel() { return returnModel; }
    @Override public ReturnStatus status() { return status; }
    @Override public String kind() { return "return"; }
    public ReturnExpectation expectation() { return expectation; }
    public List<ReturnLine> lines() { return List.copyOf(lines); }
    public ReturnReceipt receipt() { return receipt; }
    public boolean qcSentToAjio() { return qcSentToAjio; }
    public EInvoice creditNote() { return creditNote; }
    public boolean creditNoteUploaded() { return creditNoteUploaded; }
    public String refusal() { return refusal; }
    public List<ReturnStatusChange> history() { return List.copyOf(history); }

    /** The expected line of a client SKU, or null. */
    public ReturnLine line(String sku) {
        return lines.stream().filter(l -> sku != null && sku.equals(l.sku())).findFirst().orElse(null);
    }

    void moveTo(ReturnStatus next, Instant at, String note) {
        status = next;
        history.add(new ReturnStatusChange(next, at, note));
    }

    void lines(List<ReturnLine> lines) { this.lines = new ArrayList<>(lines); }
    void refused(String reason) { this.refusal = reason; }
    void received(ReturnReceipt receipt) { this.receipt = receipt; }
    void qcSent() { this.qcSentToAjio = true; }
    void creditNote(EInvoice note) { this.creditNote = note; }
    void markCreditNoteUploaded() { this.creditNoteUploaded = true; }
}
