package com.vmsflow.sandbox;

import com.vmsflow.sandbox.config.SellerAccount;
import io.dropwizard.util.Duration;
import java.util.UUID;

/**
 * One sandbox shared by the test classes that only need Ajio's and the RMS's ordinary behaviour. Each test works
 * with sellers of its own, so tests never see each other's orders; tests of global switches (faults, token
 * expiry, clearing the calls record) start their own sandbox.
 */
final class TestSandbox {

    /** HS256 secret of the shared sandbox's QR codes, so tests can check signatures. */
    static final String QR_SECRET = "sandbox-tests-qr-signing-secret-0123456789";
    static final String AJIO_GSTIN = "07AAGFF2194N1Z1";

    private static SandboxServer shared;

    private TestSandbox() {
    }

    static synchronized SandboxServer shared() {
        if (shared == null) {
            SandboxConfiguration configuration = SandboxConfiguration.defaults(0);
            configuration.qrSigningSecret = QR_SECRET;
            configuration.ajio.rtoDelay = Duration.milliseconds(300);
            configuration.ajio.sellers.add(new SellerAccount("configured-seller", "right-secret"));
            shared = SandboxServer.start(configuration);
        }
        return shared;
    }

    static SandboxClient client() {
        return new SandboxClient(shared().baseUrl());
    }

    static String newSeller() {
        return "seller-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
