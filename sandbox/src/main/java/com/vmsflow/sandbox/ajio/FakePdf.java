package com.vmsflow.sandbox.ajio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny one-page PDF naming the document, base64 encoded: enough for clients to store and open. */
public final class FakePdf {

    private FakePdf() {
    }

    public static String base64(String title) {
        String text = title.replace("(", "").replace(")", "").replace("\\", "");
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return Base64.getEncoder().encodeToString(pdf.getBytes(StandardCharsets.US_ASCII));
    }
}
