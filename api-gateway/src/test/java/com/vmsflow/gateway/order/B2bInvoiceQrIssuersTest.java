package com.vmsflow.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vmsflow.einvoice.DocumentType;
import com.vmsflow.einvoice.EInvoice;
import com.vmsflow.einvoice.Irn;
import com.vmsflow.einvoice.QrIssuers;
import com.vmsflow.gateway.errors.ApiException;
import com.vmsflow.gateway.gst.ErpGstDocuments;
import com.vmsflow.gateway.gst.GstDocumentLine;
import com.vmsflow.gateway.testing.SignedQrs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gateway's check of an ERP invoice under each environment's accepted QR issuers (gateway.acceptedQrIssuers):
 * a QR code of the GST sandbox is refused under production's (NIC only), naming its issuer, and taken under UAT's.
 */
class B2bInvoiceQrIssuersTest {

    private static final String GSTIN = "27AAPFU0939F1ZV";
    private static final LocalDate DATE = LocalDate.parse("2026-11-23");

    private static B2bInvoiceBody invoiceWithQrOf(String issuer, String number) {
        String irn = Irn.of(GSTIN, DATE, DocumentType.INV, number);
        return new B2bInvoiceBody(number, DATE, irn, SignedQrs.issuedBy(issuer, GSTIN, number, irn),
                List.of(new GstDocumentLine("TSHIRT-M", 2, new BigDecimal("999.00"), new BigDecimal("12"))),
                null, null);
    }

    @Test
    void aGstSandboxQrIsRefusedUnderProductionsIssuersNamingTheIssuer() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> ErpGstDocuments.toEInvoice(
                invoiceWithQrOf("NIC Sandbox", "uat/1"), GSTIN, new QrIssuers(List.of("NIC"))));

        assertThat(refused).isNotNull();
        assertThat(refused.details()).containsEntry("signedQrCode",
                "signed QR issued by 'NIC Sandbox', not an accepted issuer (NIC)");
    }

    @Test
    void aGstSandboxQrIsTakenUnderAUatSetting() {
        EInvoice invoice = ErpGstDocuments.toEInvoice(invoiceWithQrOf("NIC Sandbox", "uat/2"), GSTIN,
                new QrIssuers(List.of("NIC", "NIC Sandbox")));

        assertThat(invoice.documentNumber()).isEqualTo("uat/2");
        assertThat(invoice.signedQrCode()).isNotBlank();
    }

    @Test
    void nicsQrIsTakenEverywhereAndAnyOtherIssuerNowhere() {
        assertThat(ErpGstDocuments.toEInvoice(invoiceWithQrOf("NIC", "INV/1"), GSTIN, QrIssuers.NIC_ONLY).irn())
                .isEqualTo(Irn.of(GSTIN, DATE, DocumentType.INV, "INV/1"));
        ApiException other = catchThrowableOfType(ApiException.class, () -> ErpGstDocuments.toEInvoice(
                invoiceWithQrOf("Someone", "INV/2"), GSTIN, QrIssuers.UAT));
        assertThat(other.details()).containsEntry("signedQrCode",
                "signed QR issued by 'Someone', not an accepted issuer (NIC, NIC Sandbox)");
    }
}
