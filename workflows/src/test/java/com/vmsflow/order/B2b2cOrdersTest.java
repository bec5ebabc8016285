package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.vmsflow.b2b2c.B2b2cTerms;
import com.vmsflow.b2b2c.B2b2cTerms.AccountCodes;
import com.vmsflow.b2b2c.B2b2cTerms.BillingAddress;
import com.vmsflow.b2b2c.CostPrice;
import com.vmsflow.client.ClientProfile;
import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.document.DocumentKind;
import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.EInvoiceLine;
import com.vmsflow.einvoice.EInvoiceRequest;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.erp.ErpPosting;
import com.vmsflow.erp.PostingEventType;
import com.vmsflow.flow.UpdateErrors;
import com.vmsflow.flow.WaitingFor;
import com.vmsflow.json.Json;
import com.vmsflow.ajio.QcResult;
import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.ajio.ReturnItem;
import com.vmsflow.ajio.ReturnType;
import com.vmsflow.order.cancellation.CancellationKind;
import com.vmsflow.returns.ReceivedItem;
import com.vmsflow.returns.ReturnReceipt;
import com.vmsflow.returns.ReturnState;
import com.vmsflow.returns.ReturnStatus;
import com.vmsflow.returns.ReturnWorkflow;
import com.vmsflow.flow.TaskQueues;
import com.vmsflow.returns.RtoRequest;
import com.vmsflow.returns.RtoWorkflow;
import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * B2B2C between two clients (seed 002): the brand fulfils its partner's Ajio orders. The order is the brand's (its
 * stock, its warehouse, its ERP), every Ajio call is on the partner's seller account, and the brand's e-invoice to
 * the partner, at cost price, exists before the partner's invoice to Ajio and before the handover.
 */
class B2b2cOrdersTest {

    static final String PARTNER_GSTIN = "29AABCP1234C1ZW";
    static final B2b2cTerms TERMS = new B2b2cTerms("demo-partner", PARTNER_GSTIN, "DP",
            new BillingAddress("Partner Retail Pvt Ltd", "12 MG Road", "Bengaluru", "Karnataka", "560001"),
            new AccountCodes("Y-0001", "SALES-B2B2C", "RETURNS-B2B2C"),
            CostPrice.percentOfSellingPrice(new BigDecimal("60")), ReturnModel.CREDIT_NOTE_RMS);
    /** The brand, e-invoicing through its ERP, fulfilling the partner. */
    static final ClientProfile BRAND_ERP = new ClientProfile("demo-brand", "27AAPFU0939F1ZV", EInvoicingModel.ERP,
            ReturnModel.CREDIT_NOTE_ERP, PostingMode.PUSH, HOLD, Duration.ofHours(24), "DB").fulfilling(TERMS);
    /** The same brand where the RMS makes its e-invoices. */
    static final ClientProfile BRAND_RMS = new ClientProfile("demo-brand", "27AAPFU0939F1ZV", EInvoicingModel.RMS,
            ReturnModel.CREDIT_NOTE_RMS, PostingMode.PUSH, HOLD, Duration.ofHours(24), "DB").fulfilling(TERMS);

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld().withTeesAndJeans(10);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** The partner's order of 2 tees at 799 and one pair of jeans at 1999, packed in the brand's warehouse. */
    private ForwardOrderWorkflow packedAtTheBrand(ClientProfile brand, String orderId) {
        world.ajio.create(orderId, world.now(), "AJ-TEE-M", 2, "799.00", "AJ-JEANS-32", 1, "1999.00");
        ForwardOrderWorkflow order = world.start(brand, world.ajio.orders.get(orderId).view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);
        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        order.pack(new PackResult(List.of(new PackLine("TEE-M", 2, 0, 0), new PackLine("JEANS-32", 1, 0, 0))));
        return order;
    }

    private OrderState awaitingThePartnerInvoice(ForwardOrderWorkflow order) {
        return world.await(order, s -> s.b2b2cPosted() && s.waitingFor() == WaitingFor.ERP,
                "the pack confirmation delivered to the brand's ERP");
    }

    @Test
    void thePartnersOrderIsInvoicedToThePartnerAtCostPriceBeforeAjioAndCompletes() {
        ForwardOrderWorkflow order = packedAtTheBrand(BRAND_ERP, "BB1");
        OrderState waiting = awaitingThePartnerInvoice(order);

        assertThat(world.erp.eventTypes("BB1")).as("no B2B order posted before picking: Ajio's invoice is the"
                + " partner's").containsExactly(PostingEventType.B2B2C_PACK_CONFIRMATION);
        JsonNode confirmation = world.erp.postings.get(0).payload();
        assertThat(confirmation.get("orderId").asText()).as("the marketplace order id").isEqualTo("BB1");
        assertThat(confirmation.get("partnerGstin").asText()).isEqualTo(PARTNER_GSTIN);
        assertThat(confirmation.get("billingParty").get("name").asText()).isEqualTo("Partner Retail Pvt Ltd");
        assertThat(confirmation.get("accountCodes").get("customer").asText()).isEqualTo("Y-0001");
        assertThat(confirmation.get("lines")).hasSize(2);
        assertThat(confirmation.get("lines").get(0).get("unitCostPrice").decimalValue())
                .isEqualByComparingTo("479.40");
        assertThat(confirmation.get("lines").get(0).get("taxableValue").decimalValue())
                .isEqualByComparingTo("958.80");
        assertThat(confirmation.get("lines").get(1).get("taxableValue").decimalValue())
                .isEqualByComparingTo("1199.40");
        assertThat(world.ajio.count("uploadB2bInvoice")).as("no marketplace invoicing before the e-invoice")
                .isZero();
        assertThat(world.rms.requests).isEmpty();
        assertThat(waiting.status()).isEqualTo(OrderStatus.PROCESSING);

        EInvoice invoice = partnerInvoice(BRAND_ERP, "BI-BB1", PARTNER_GSTIN, "958.80", "1199.40");
        assertThat(order.submitB2b2cInvoice(invoice).b2b2cInvoice().documentNumber()).isEqualTo("BI-BB1");
        assertThat(order.submitB2b2cInvoice(invoice).b2b2cInvoice()).as("the same invoice again answers the same")
                .isNotNull();
        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);

        EInvoiceRequest toAjio = world.rms.requests.get(0);
        assertThat(toAjio.supplierGstin()).as("the partner's B2B invoice to Ajio").isEqualTo(PARTNER_GSTIN);
        assertThat(world.ajio.count("uploadB2bInvoice")).isEqualTo(1);
        assertThat(packed.documents()).extracting(DocumentRef::type).containsSubsequence(DocumentKind.B2B2C_INVOICE,
                DocumentKind.B2B_INVOICE, DocumentKind.B2C_INVOICE, DocumentKind.SHIPPING_LABEL);
        order.handedOver(new HandedOver("H1", "MF-1", "Delhivery", world.now()));
        OrderState done = world.result(order);

        assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(done.clientId()).isEqualTo("demo-brand");
        assertThat(done.partnerClientId()).isEqualTo("demo-partner");
        assertThat(world.ajio.accounts).as("every Ajio call on the partner's seller account")
                .isNotEmpty().allMatch(call -> call.endsWith(" demo-partner"));
        assertThat(world.erp.eventTypes("BB1")).containsExactly(PostingEventType.B2B2C_PACK_CONFIRMATION);
        assertThat(world.database.records).as("the read model knows the partner")
                .allMatch(r -> "demo-partner".equals(r.partnerClientId()));
    }

    @Test
    void anInvoiceNamingAnotherBuyerOrAnotherValueOrQuantityIsRefusedAndChangesNothing() {
        ForwardOrderWorkflow order = packedAtTheBrand(BRAND_ERP, "BB2");
        awaitingThePartnerInvoice(order);

        Map<String, String> otherBuyer = refusal(order, partnerInvoice(BRAND_ERP, "BI-BB2", "07AAGFF2194N1Z1",
                "958.80", "1199.40"));
        Map<String, String> sellingPrice = refusal(order, partnerInvoice(BRAND_ERP, "BI-BB2", PARTNER_GSTIN,
                "1598.00", "1199.40"));
        EInvoice good = partnerInvoice(BRAND_ERP, "BI-BB2", PARTNER_GSTIN, "958.80", "1199.40");
        EInvoice oneTeeOnly = new EInvoice(good.documentType(), good.documentNumber(), good.documentDate(),
                good.irn(), good.signedQrCode(), good.totalValue(), List.of(new EInvoiceLine(null, "TEE-M", "6109",
                1, new BigDecimal("479.40"), new BigDecimal("5")), good.lines().get(1)), "ERP");
        Map<String, String> quantity = refusal(order, oneTeeOnly);

        assertThat(otherBuyer).containsEntry("signedQrCode", "names buyer GSTIN 07AAGFF2194N1Z1, not the partner's "
                + PARTNER_GSTIN + " (demo-partner)");
        assertThat(sellingPrice).containsEntry("lines[0].taxableValue", "must be the cost price of the 2 packed,"
                + " 958.80");
        assertThat(quantity).containsEntry("lines[0].quantity", "must be the 2 packed of SKU TEE-M");
        assertThat(order.state().b2b2cInvoice()).isNull();
        assertThat(order.state().status()).isEqualTo(OrderStatus.PROCESSING);

        order.submitB2b2cInvoice(good);
        EInvoice another = partnerInvoice(BRAND_ERP, "BI-BB2-AGAIN", PARTNER_GSTIN, "958.80", "1199.40");
        Throwable conflict = catchThrowable(() -> order.submitB2b2cInvoice(another));
        assertThat(UpdateErrors.Refusal.of(conflict)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.CONFLICT);
        assertThat(world.awaitStatus(order, OrderStatus.PACKED).b2b2cInvoice().documentNumber()).isEqualTo("BI-BB2");
    }

    @Test
    void theClientsOwnOrderTakesNoB2b2cInvoice() {
        world.ajio.create("BB3", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(OrderWorld.ERP_CLIENT, world.ajio.orders.get("BB3").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        Throwable refused = catchThrowable(() -> order.submitB2b2cInvoice(partnerInvoice(OrderWorld.ERP_CLIENT,
                "BI-BB3", PARTNER_GSTIN, "479.40")));

        assertThat(UpdateErrors.Refusal.of(refused)).get().satisfies(r -> {
            assertThat(r.code()).isEqualTo(UpdateErrors.NOT_AWAITING);
            assertThat(r.message()).contains("not a partner's (B2B2C)");
        });
    }

    @Test
    void whereTheBrandIsEInvoicedByTheRmsTheRmsMakesItsInvoiceToThePartnerAndNothingIsPosted() {
        ForwardOrderWorkflow order = packedAtTheBrand(BRAND_RMS, "BB4");
        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);

        assertThat(world.rms.b2b2cRequests).singleElement().satisfies(request -> {
            assertThat(request.supplierGstin()).isEqualTo("27AAPFU0939F1ZV");
            assertThat(request.buyerGstin()).isEqualTo(PARTNER_GSTIN);
            assertThat(request.lines()).extracting(EInvoiceLine::taxableValue).map(BigDecimal::toPlainString)
                    .containsExactly("958.80", "1199.40");
        });
        assertThat(world.rms.requests).singleElement().extracting(EInvoiceRequest::supplierGstin)
                .isEqualTo(PARTNER_GSTIN);
        assertThat(packed.b2b2cInvoice()).isNotNull();
        assertThat(world.erp.postings).isEmpty();
        Throwable refused = catchThrowable(() -> order.submitB2b2cInvoice(partnerInvoice(BRAND_RMS, "BI-BB4",
                PARTNER_GSTIN, "958.80", "1199.40")));
        assertThat(UpdateErrors.Refusal.of(refused)).get().extracting(UpdateErrors.Refusal::code)
                .isEqualTo(UpdateErrors.NOT_AWAITING);
    }

    @Test
    void aLateInvoiceFlagsTheOrderOverdueAndKeepsItBackFromTheHandoverUntilItComes() {
        ForwardOrderWorkflow order = packedAtTheBrand(BRAND_ERP, "BB5");
        awaitingThePartnerInvoice(order);
        world.pass(Duration.ofHours(25));
        OrderState overdue = world.await(order, OrderState::overdue, "the overdue flag");
        assertThat(overdue.waitingFor()).isEqualTo(WaitingFor.ERP);

        order.handedOver(new HandedOver("H5", "MF-5", "Delhivery", world.now()));
        OrderState keptBack = world.await(order, s -> !s.refusedHandovers().isEmpty(), "the refused handover");
        assertThat(keptBack.status()).isEqualTo(OrderStatus.PROCESSING);
        assertThat(world.ajio.count("uploadB2bInvoice")).isZero();

        order.submitB2b2cInvoice(partnerInvoice(BRAND_ERP, "BI-BB5", PARTNER_GSTIN, "958.80", "1199.40"));
        OrderState packed = world.awaitStatus(order, OrderStatus.PACKED);
        assertThat(packed.overdue()).isFalse();
        order.handedOver(new HandedOver("H6", "MF-6", "Delhivery", world.now()));
        assertThat(world.result(order).manifestId()).isEqualTo("MF-6");
    }

    @Test
    void aCancellationAfterThePackConfirmationIsBookedBackFromThePartnerOnceEach() {
        ForwardOrderWorkflow order = packedAtTheBrand(BRAND_ERP, "BB6");
        awaitingThePartnerInvoice(order);

        order.cancel(new CancellationRequest(CancellationKind.PARTIAL, List.of(new SkuQuantity("TEE-M", 1)),
                "customer called the seller", "SELLER"));
        world.ajio.refuseNext.add("uploadB2bInvoice");
        order.submitB2b2cInvoice(partnerInvoice(BRAND_ERP, "BI-BB6", PARTNER_GSTIN, "958.80", "1199.40"));
        world.await(order, s -> s.waitingFor() == WaitingFor.SUPPORT, "the refused upload waiting for support");
        OrderState cancelled = order.cancel(new CancellationRequest(CancellationKind.FULL, List.of(),
                "the partner asked", "SELLER"));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        List<ErpPosting> returns = world.erp.postings.stream()
                .filter(p -> p.eventType() == PostingEventType.B2B2C_RETURN).toList();
        assertThat(returns).hasSize(2);
        assertThat(units(returns.get(0))).as("the tee cancelled while the e-invoice was awaited")
                .containsExactly("TEE-M x 1 = 479.40");
        assertThat(units(returns.get(1))).as("the rest, cancelled after the e-invoice")
                .containsExactly("TEE-M x 1 = 479.40", "JEANS-32 x 1 = 1199.40");
        assertThat(returns.get(1).payload().get("b2b2cInvoiceNumber").asText()).isEqualTo("BI-BB6");
        assertThat(returns.get(1).payload().get("accountCodes").get("returnsLedger").asText())
                .isEqualTo("RETURNS-B2B2C");
        assertThat(world.erp.postings).extracting(ErpPosting::messageId).doesNotHaveDuplicates();
    }

    @Test
    void aCustomerReturnIsCreditedAsThePartnerAndBookedBackFromThePartnerInTheBrandsErp() {
        world.returns.orders.put("BB7", Map.of("AJ-TEE-M", "TEE-M"));
        ReturnWorkflow r = world.startReturn(BRAND_ERP, new ReturnExpectation("BR7", "BB7",
                ReturnType.CUSTOMER_RETURN, List.of(new ReturnItem("1", "AJ-TEE-M", 2)), world.now()));
        world.awaitThat(() -> r.state().waitingFor() == WaitingFor.WAREHOUSE, () -> "the return waiting for its"
                + " receipt");
        r.receive(new ReturnReceipt(List.of(new ReceivedItem("TEE-M", 1, QcResult.PASS),
                new ReceivedItem("TEE-M", 1, QcResult.FAIL))));
        ReturnState done = WorkflowStub.fromTyped(r).getResult(ReturnState.class);

        assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
        ErpPosting bookedBack = world.erp.postings.stream()
                .filter(p -> p.eventType() == PostingEventType.B2B2C_RETURN).findFirst().orElseThrow();
        assertThat(world.erp.postings).as("the brand's ERP makes no credit note to Ajio: the partner's RMS does")
                .extracting(ErpPosting::eventType).containsExactly(PostingEventType.B2B2C_RETURN);
        assertThat(units(bookedBack)).as("both tees came back to the brand, at cost price")
                .containsExactly("TEE-M x 2 = 958.80");
        assertThat(bookedBack.returnId()).isEqualTo("BR7");
        assertThat(bookedBack.payload().get("b2b2cInvoiceNumber").asText()).isEqualTo("BI-BB7");
        assertThat(bookedBack.payload().get("accountCodes").get("customer").asText()).isEqualTo("Y-0001");
        assertThat(world.rms.requests).singleElement().satisfies(note -> {
            assertThat(note.documentType()).isEqualTo(DocumentType.CRN);
            assertThat(note.supplierGstin()).as("the partner's credit note to Ajio").isEqualTo(PARTNER_GSTIN);
        });
        assertThat(world.ajio.accounts).as("QC and credit note on the partner's account")
                .contains("updateQc demo-partner", "uploadCreditNote demo-partner")
                .allMatch(call -> call.endsWith(" demo-partner"));
    }

    @Test
    void anRtoOfThePartnersOrderIsAskedOfAjioOnThePartnersAccount() {
        world.returns.orders.put("BB8", Map.of("AJ-TEE-M", "TEE-M"));
        RtoWorkflow rto = world.client.newWorkflowStub(RtoWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(TaskQueues.VMSFLOW).setWorkflowId(RtoWorkflow.idFor("demo-brand", "BB8")).build());
        BatchRequest batch = world.client.newSignalWithStartRequest();
        batch.add(rto::run, new RtoRequest("demo-brand", "BB8", Duration.ofMinutes(30), "demo-partner"));
        batch.add(rto::receiptArrived, new ReturnReceipt(List.of(new ReceivedItem("TEE-M", 1, QcResult.PASS))));
        world.client.signalWithStart(batch);

        world.awaitThat(() -> world.ajio.count("requestRto") == 1, () -> "Ajio asked for the RTO");

        assertThat(world.ajio.accounts).containsExactly("requestRto demo-partner");
    }

    private static List<String> units(ErpPosting posting) {
        List<String> units = new ArrayList<>();
        posting.payload().get("lines").forEach(l -> units.add(l.get("sku").asText() + " x "
                + l.get("quantity").asInt() + " = " + l.get("taxableValue").decimalValue().setScale(2).toPlainString()));
        return units;
    }

    private static Map<String, String> refusal(ForwardOrderWorkflow order, EInvoice invoice) {
        Throwable refused = catchThrowable(() -> order.submitB2b2cInvoice(invoice));
        UpdateErrors.Refusal refusal = UpdateErrors.Refusal.of(refused).orElseThrow();
        assertThat(refusal.code()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
        return refusal.details();
    }

    /**
     * The brand's e-invoice to a buyer: the tees' taxable value first, the jeans' after (when given), its IRN by the
     * brand's GSTIN and a signed QR naming {@code buyerGstin}.
     */
    static EInvoice partnerInvoice(ClientProfile brand, String number, String buyerGstin, String... values) {
        LocalDate date = LocalDate.of(2026, 12, 4);
        String irn = Irn.of(brand.supplierGstin(), date, DocumentType.INV, number);
        List<EInvoiceLine> lines = new ArrayList<>();
        lines.add(new EInvoiceLine(null, "TEE-M", "6109", 2, new BigDecimal(values[0]), new BigDecimal("5")));
        if (values.length > 1) {
            lines.add(new EInvoiceLine(null, "JEANS-32", "6109", 1, new BigDecimal(values[1]), new BigDecimal("5")));
        }
        BigDecimal total = lines.stream().map(EInvoiceLine::taxableValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EInvoice(DocumentType.INV, number, date, irn, signedQr(brand.supplierGstin(), buyerGstin, number,
                irn), total, lines, "ERP");
    }

    /** A QR as NIC signs it: only its payload is read here (the signature is NIC's, checked by Ajio). */
    static String signedQr(String seller, String buyer, String number, String irn) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String data = Json.mapper().createObjectNode().put("SellerGstin", seller).put("BuyerGstin", buyer)
                .put("DocNo", number).put("DocTyp", "INV").put("Irn", irn).toString();
        String claims = Json.mapper().createObjectNode().put("data", data).put("iss", "NIC").toString();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
