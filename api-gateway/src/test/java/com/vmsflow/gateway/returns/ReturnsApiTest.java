package com.vmsflow.gateway.returns;

import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_CLIENT_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.LIST_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.LIST_WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_CLIENT_GSTIN;
import static com.vmsflow.gateway.testing.GatewayHarness.RMS_ERP_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SELLER_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.SUPPORT_KEY;
import static com.vmsflow.gateway.testing.GatewayHarness.WAREHOUSE_KEY;
import static com.vmsflow.gateway.testing.ReturnStandIns.calls;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.gateway.testing.Api;
import com.vmsflow.gateway.testing.GatewayHarness;
import com.vmsflow.gateway.testing.SignedQrs;
import com.vmsflow.gateway.testing.ReturnStandIns;
import com.vmsflow.returns.ReturnRecord;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.store.DocumentRepository;
import com.vmsflow.store.ReturnRepository;
import com.vmsflow.store.StoredDocument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The returns API in front of the real return workflow: receipts, the ERP's credit notes (checked like invoices,
 * idempotent, also once the return has ended), reading one return and lists of them.
 */
class ReturnsApiTest {

    @RegisterExtension
    static final GatewayHarness gateway = new GatewayHarness();

    private static final LocalDate DATE = LocalDate.parse("2026-11-23");

    private static String path(String clientId, String returnId) {
        return "/v1/clients/" + clientId + "/returns/" + returnId;
    }

    private static ReturnWorkflow start(String clientId, String returnId) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("TSHIRT-M", 2);
        expected.put("JEANS-32", 1);
        return ReturnStandIns.startReturn(gateway.workflows(), clientId, returnId, "FO-" + returnId,
                ReturnType.CUSTOMER_RETURN, expected);
    }

    private static Map<String, Object> item(String sku, int quantity, String qc) {
        return Map.of("sku", sku, "quantity", quantity, "qc", qc);
    }

    /** 1 TSHIRT-M passed, 1 failed, the JEANS-32 missing. */
    private static Map<String, Object> receipt() {
        return Map.of("items", List.of(item("TSHIRT-M", 1, "PASS"), item("TSHIRT-M", 1, "FAIL"),
                item("JEANS-32", 1, "MISSING")));
    }

    private static Map<String, Object> creditNote(String gstin, String docType, String number, int quantity) {
        String irn = Irn.of(gstin, DATE, DocumentType.CRN, number);
        Map<String, Object> body = new HashMap<>();
        body.put("creditNoteNumber", number);
        body.put("creditNoteDate", DATE.toString());
        body.put("irn", irn);
        body.put("signedQrCode", SignedQrs.of(gstin, "07AAGFF2194N1Z1", docType, number, irn));
        body.put("lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", quantity, "taxableValue", "999.00",
                "gstRate", 12)));
        return body;
    }

    private static Map<String, Object> creditNote(String number, int quantity) {
        return creditNote(ERP_CLIENT_GSTIN, "CRN", number, quantity);
    }

    /** A return of the ERP client received with {@link #receipt()}, now waiting for the ERP's credit note. */
    private static ReturnWorkflow awaitingCreditNote(String returnId) {
        ReturnWorkflow workflow = start(ERP_CLIENT, returnId);
        assertThat(gateway.api().post(path(ERP_CLIENT, returnId) + "/receipt", WAREHOUSE_KEY, receipt()).status())
                .isEqualTo(202);
        ReturnStandIns.await(workflow, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "awaiting a note");
        return workflow;
    }

    @Test
    void aReceiptGoesToTheReturnWhichSendsQcToAjioAndPostsToTheErp() {
        ReturnWorkflow workflow = start(ERP_CLIENT, "RT-1");

        Api.Answer answer = gateway.api().post(path(ERP_CLIENT, "RT-1") + "/receipt", WAREHOUSE_KEY, receipt());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        JsonNode view = answer.json();
        assertThat(view.path("returnId").asText()).isEqualTo("RT-1");
        assertThat(view.path("status").asText()).as("the answer shows the receipt taken")
                .isIn("RECEIVED", "QC_UPDATED", "AWAITING_CREDIT_NOTE");
        assertThat(view.path("receipt")).hasSize(3);
        JsonNode tshirt = view.path("lines").get(0);
        assertThat(tshirt.path("sku").asText()).isEqualTo("TSHIRT-M");
        assertThat(List.of(tshirt.path("expected").asInt(), tshirt.path("passed").asInt(),
                tshirt.path("failed").asInt(), tshirt.path("missing").asInt())).containsExactly(2, 1, 1, 0);
        assertThat(view.path("lines").get(1).path("missing").asInt()).isEqualTo(1);

        ReturnStandIns.await(workflow, s -> s.status() == ReturnStatus.AWAITING_CREDIT_NOTE, "awaiting a note");
        JsonNode awaiting = gateway.api().get(path(ERP_CLIENT, "RT-1"), SUPPORT_KEY).json();
        assertThat(awaiting.path("waitingFor").asText()).isEqualTo("ERP");
        assertThat(awaiting.path("qcSentToAjio").asBoolean()).isTrue();
        assertThat(awaiting.path("model").asText()).isEqualTo("CREDIT_NOTE_ERP");
        assertThat(awaiting.path("history")).extracting(h -> h.path("status").asText())
                .containsExactly("EXPECTED", "RECEIVED", "QC_UPDATED", "AWAITING_CREDIT_NOTE");
        assertThat(calls("updateQc RT-1")).isEqualTo(1);
        assertThat(calls("post RETURN_ORDER_CREATE RT-1")).isEqualTo(1);
        int qcExceptions = gateway.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from qc_exceptions where client_id = :c and return_id = 'RT-1'")
                .bind("c", ERP_CLIENT).mapTo(Integer.class).one());
        assertThat(qcExceptions).as("the FAIL and the MISSING").isEqualTo(2);
    }

    @Test
    void theSameReceiptAgainAnswersTheSameAndAnotherIsAConflict() {
        ReturnWorkflow workflow = awaitingCreditNote("RT-2");

        Api.Answer again = gateway.api().post(path(ERP_CLIENT, "RT-2") + "/receipt", WAREHOUSE_KEY, receipt());
        // The same items listed in another order: another request (another update id), the same receipt.
        Api.Answer reordered = gateway.api().post(path(ERP_CLIENT, "RT-2") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(item("JEANS-32", 1, "MISSING"), item("TSHIRT-M", 1, "FAIL"),
                        item("TSHIRT-M", 1, "PASS"))));
        Api.Answer other = gateway.api().post(path(ERP_CLIENT, "RT-2") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(item("TSHIRT-M", 2, "PASS"))));

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json().path("receipt")).isEqualTo(gateway.api().get(path(ERP_CLIENT, "RT-2"), SUPPORT_KEY)
                .json().path("receipt"));
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(202);
        assertThat(reordered.json().path("receipt")).isEqualTo(again.json().path("receipt"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(workflow.state().receipt().items()).hasSize(3);
        assertThat(calls("updateQc RT-2")).as("QC went to Ajio once").isEqualTo(1);
    }

    @Test
    void aReceiptThatDoesNotMatchTheReturnIsRefusedByItsWorkflow() {
        start(ERP_CLIENT, "RT-3");

        Api.Answer answer = gateway.api().post(path(ERP_CLIENT, "RT-3") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(item("SOCKS", 1, "PASS"), item("TSHIRT-M", 2, "PASS"),
                        item("TSHIRT-M", 1, "FAIL"))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.detail("items[0].sku")).contains("SOCKS is not expected");
        assertThat(answer.detail("items")).isEqualTo("3 of SKU TSHIRT-M received but 2 expected");
        assertThat(calls("updateQc RT-3")).isZero();
    }

    @Test
    void theReceiptsShapeIsCheckedFieldByField() {
        Api.Answer duplicate = gateway.api().post(path(ERP_CLIENT, "RT-X") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(item("TSHIRT-M", 1, "PASS"), item("TSHIRT-M", 0, "PASS"))));
        Api.Answer badQc = gateway.api().post(path(ERP_CLIENT, "RT-X") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of(item("TSHIRT-M", 1, "GOOD"))));
        Api.Answer none = gateway.api().post(path(ERP_CLIENT, "RT-X") + "/receipt", WAREHOUSE_KEY,
                Map.of("items", List.of()));

        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.detail("items[1].qc")).isEqualTo("this SKU appears more than once with this QC");
        assertThat(duplicate.detail("items[1].quantity")).isEqualTo("must be greater than or equal to 1");
        assertThat(badQc.status()).isEqualTo(400);
        assertThat(badQc.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(badQc.detail("items[0].qc")).isEqualTo("must be one of PASS, FAIL, MISSING");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.detail("items")).startsWith("size must be between 1");
    }

    @Test
    void onlyTheWarehouseReportsReceiptsAndOnlyTheErpSendsCreditNotes() {
        assertThat(gateway.api().post(path(ERP_CLIENT, "RT-X") + "/receipt", ERP_KEY, receipt()).code())
                .isEqualTo("FORBIDDEN");
        assertThat(gateway.api().post(path(ERP_CLIENT, "RT-X") + "/credit-note", WAREHOUSE_KEY,
                creditNote("CN/1", 1)).code()).isEqualTo("FORBIDDEN");
        assertThat(gateway.api().post(path(ERP_CLIENT, "RT-X") + "/credit-note", RMS_ERP_KEY,
                creditNote("CN/1", 1)).status()).as("another client's return").isEqualTo(404);
    }

    @Test
    void aReturnThatDoesNotExistIsNotFound() {
        assertThat(gateway.api().post(path(ERP_CLIENT, "RT-NONE") + "/receipt", WAREHOUSE_KEY, receipt()).code())
                .isEqualTo("NOT_FOUND");
        assertThat(gateway.api().post(path(ERP_CLIENT, "RT-NONE") + "/credit-note", ERP_KEY,
                creditNote("CN/NONE", 1)).code()).isEqualTo("NOT_FOUND");
        assertThat(gateway.api().get(path(ERP_CLIENT, "RT-NONE"), SELLER_KEY).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theErpsCreditNoteIsUploadedToAjioAndTheSameNoteAgainAnswersTheSameAfterTheReturnEnded() {
        ReturnWorkflow workflow = awaitingCreditNote("RT-4");

        Api.Answer answer = gateway.api().post(path(ERP_CLIENT, "RT-4") + "/credit-note", ERP_KEY,
                creditNote("CN/2627/0004", 1));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("creditNote").path("documentNumber").asText()).isEqualTo("CN/2627/0004");
        assertThat(answer.json().path("creditNote").path("issuer").asText()).isEqualTo("ERP");
        ReturnStandIns.await(workflow, s -> s.status() == ReturnStatus.COMPLETED, "COMPLETED");
        assertThat(calls("uploadCreditNote RT-4 CN/2627/0004 TSHIRT-M")).isEqualTo(1);
        StoredDocument document = new DocumentRepository(gateway.jdbi())
                .find(ERP_CLIENT, DocumentKind.CREDIT_NOTE, "CN/2627/0004").orElseThrow();
        assertThat(document.reference()).isEqualTo("RT-4");
        assertThat(document.issuer()).isEqualTo("ERP");
        assertThat(document.totalValue()).isEqualByComparingTo("1118.88");

        Map<String, Object> sameWithOtherDecimals = new HashMap<>(creditNote("CN/2627/0004", 1));
        sameWithOtherDecimals.put("lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1, "taxableValue", 999.0,
                "gstRate", 12.0)));
        Api.Answer again = gateway.api().post(path(ERP_CLIENT, "RT-4") + "/credit-note", ERP_KEY,
                sameWithOtherDecimals);
        Api.Answer other = gateway.api().post(path(ERP_CLIENT, "RT-4") + "/credit-note", ERP_KEY,
                creditNote("CN/2627/0005", 1));
        Map<String, Object> sameNumberOtherAmount = new HashMap<>(creditNote("CN/2627/0004", 1));
        sameNumberOtherAmount.put("lines", List.of(Map.of("sku", "TSHIRT-M", "quantity", 1, "taxableValue", 999.5,
                "gstRate", 12)));
        Api.Answer changed = gateway.api().post(path(ERP_CLIENT, "RT-4") + "/credit-note", ERP_KEY,
                sameNumberOtherAmount);

        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        assertThat(again.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("CONFLICT");
        assertThat(other.json().path("message").asText()).contains("CN/2627/0004");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(409);
        assertThat(changed.code()).isEqualTo("CONFLICT");
        assertThat(calls("uploadCreditNote RT-4 CN/2627/0004 TSHIRT-M")).as("uploaded once").isEqualTo(1);
        assertThat(new DocumentRepository(gateway.jdbi()).find(ERP_CLIENT, DocumentKind.CREDIT_NOTE, "CN/2627/0005"))
                .isEmpty();
    }

    @Test
    void aCreditNoteWhoseIrnOrQrIsNotItsOwnIsRefused() {
        Map<String, Object> wrongIrn = new HashMap<>(creditNote("CN/2627/0006", 1));
        String invoiceIrn = Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.INV, "CN/2627/0006");
        wrongIrn.put("irn", invoiceIrn);
        wrongIrn.put("signedQrCode", SignedQrs.of(ERP_CLIENT_GSTIN, "07AAGFF2194N1Z1", "CRN", "CN/2627/0006",
                invoiceIrn));

        Api.Answer irn = gateway.api().post(path(ERP_CLIENT, "RT-X") + "/credit-note", ERP_KEY, wrongIrn);
        Api.Answer qr = gateway.api().post(path(ERP_CLIENT, "RT-X") + "/credit-note", ERP_KEY,
                creditNote(ERP_CLIENT_GSTIN, "INV", "CN/2627/0007", 1));

        assertThat(irn.status()).isEqualTo(422);
        assertThat(irn.detail("irn")).startsWith("does not match the credit note").contains(", CRN and number")
                .contains(Irn.of(ERP_CLIENT_GSTIN, DATE, DocumentType.CRN, "CN/2627/0006"));
        assertThat(irn.detail("signedQrCode")).isNull();
        assertThat(qr.status()).isEqualTo(422);
        assertThat(qr.detail("signedQrCode")).isEqualTo("is for document type INV, not CRN");
    }

    @Test
    void aCreditNoteBeyondWhatPassedQcIsRefusedByTheWorkflow() {
        awaitingCreditNote("RT-5");

        Api.Answer answer = gateway.api().post(path(ERP_CLIENT, "RT-5") + "/credit-note", ERP_KEY,
                creditNote("CN/2627/0008", 2));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.detail("lines[0].quantity")).contains("the 1 of SKU TSHIRT-M that passed QC");
    }

    @Test
    void aReturnThatAwaitsNoErpCreditNoteSaysSo() {
        start(ERP_CLIENT, "RT-6");
        start(RMS_CLIENT, "RT-7");

        Api.Answer notReceived = gateway.api().post(path(ERP_CLIENT, "RT-6") + "/credit-note", ERP_KEY,
                creditNote("CN/2627/0009", 1));
        Api.Answer rmsModel = gateway.api().post(path(RMS_CLIENT, "RT-7") + "/credit-note", RMS_ERP_KEY,
                creditNote(RMS_CLIENT_GSTIN, "CRN", "CN/2627/0010", 1));

        assertThat(notReceived.status()).isEqualTo(409);
        assertThat(notReceived.code()).isEqualTo("NOT_AWAITING");
        assertThat(notReceived.json().path("message").asText()).contains("EXPECTED");
        assertThat(rmsModel.status()).isEqualTo(409);
        assertThat(rmsModel.code()).isEqualTo("NOT_AWAITING");
        assertThat(rmsModel.json().path("message").asText()).contains("CREDIT_NOTE_RMS");
    }

    @Test
    void aRefusedReturnShowsWhyAndTakesNoReceipt() {
        String returnId = "RT-8";
        ReturnStandIns.startReturn(gateway.workflows(), ERP_CLIENT, returnId, ReturnStandIns.NOT_OURS + "-FO-8",
                ReturnType.CUSTOMER_RETURN, Map.of("TSHIRT-M", 1));

        JsonNode view = gateway.api().get(path(ERP_CLIENT, returnId), WAREHOUSE_KEY).json();
        Api.Answer receipt = gateway.api().post(path(ERP_CLIENT, returnId) + "/receipt", WAREHOUSE_KEY, receipt());

        assertThat(view.path("status").asText()).isEqualTo("REFUSED");
        assertThat(view.path("refusal").asText()).contains("is not an order of " + ERP_CLIENT);
        assertThat(view.path("lines").get(0).path("channelSku").asText()).as("the lines Ajio expects")
                .isEqualTo("TSHIRT-M");
        assertThat(view.path("lines").get(0).path("sku").isMissingNode()
                || view.path("lines").get(0).path("sku").isNull()).isTrue();
        assertThat(receipt.status()).isEqualTo(409);
        assertThat(receipt.code()).isEqualTo("NOT_AWAITING");
        assertThat(receipt.json().path("message").asText()).contains("REFUSED").contains("not an order of");
    }

    @Test
    void returnsAreListedFromTheReadModelAndAnArchivedOneIsReadFromIt() {
        ReturnRepository returns = new ReturnRepository(gateway.jdbi());
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        for (String returnId : List.of("RL-3", "RL-1", "RL-2")) {
            returns.record(new ReturnRecord(LIST_CLIENT, returnId, "FO-" + returnId, ReturnType.RTO,
                    ReturnModel.CREDIT_NOTE_RMS, returnId.equals("RL-2") ? ReturnStatus.COMPLETED
                    : ReturnStatus.EXPECTED, WaitingFor.WAREHOUSE, "recorded by the test", at));
        }
        String list = "/v1/clients/" + LIST_CLIENT + "/returns";

        JsonNode first = gateway.api().get(list + "?limit=2", LIST_WAREHOUSE_KEY).json();
        JsonNode second = gateway.api().get(list + "?limit=2&after=" + first.path("next").asText(),
                LIST_WAREHOUSE_KEY).json();
        JsonNode completed = gateway.api().get(list + "?status=COMPLETED", SUPPORT_KEY).json();
        Api.Answer badStatus = gateway.api().get(list + "?status=DONE", SUPPORT_KEY);
        JsonNode archived = gateway.api().get(path(LIST_CLIENT, "RL-2"), SUPPORT_KEY).json();

        assertThat(first.path("returns")).extracting(r -> r.path("returnId").asText()).containsExactly("RL-1", "RL-2");
        assertThat(first.path("next").asText()).isEqualTo("RL-2");
        assertThat(second.path("returns")).extracting(r -> r.path("returnId").asText()).containsExactly("RL-3");
        assertThat(second.path("next").isMissingNode() || second.path("next").isNull()).isTrue();
        assertThat(completed.path("returns")).extracting(r -> r.path("returnId").asText()).containsExactly("RL-2");
        assertThat(completed.path("returns").get(0).path("type").asText()).isEqualTo("RTO");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.detail("status")).startsWith("must be one of EXPECTED");
        assertThat(archived.path("archived").asBoolean()).isTrue();
        assertThat(archived.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(archived.path("orderId").asText()).isEqualTo("FO-RL-2");
    }
}
