package com.vmsflow.gateway;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayApplicationTest {

    /** Environment variables fill the YAML; a YAML number where a string belongs is still read as a string. */
    @Test
    void aConfigurationFileWithEnvironmentDefaultsPassesTheCheckCommand(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("gateway.yml"), """
                logging:
                  type: external
                database:
                  driverClass: org.postgresql.Driver
                  url: ${VMSFLOW_TEST_UNSET_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/vmsflow}
                  user: vmsflow
                clients:
                  - clientId: demo-erp
                    name: Demo ERP
                    ajioSellerId: 100234
                    ajioSecret: ${VMSFLOW_TEST_UNSET_SECRET:-dev-secret}
                    supplierGstin: 29AAFCC9980M1ZR
                    eInvoicingModel: ERP
                    returnModel: CREDIT_NOTE_ERP
                    invoicePrefix: DE
                devKeys:
                  - key: dev-erp-demo-erp
                    role: ERP
                    clientId: demo-erp
                """);

        GatewayApplication gateway = new GatewayApplication() {
            @Override
            protected void onFatalError(Throwable t) {
                throw new AssertionError("the configuration was refused", t);
            }
        };

        assertThatCode(() -> gateway.run("check", config.toString())).doesNotThrowAnyException();
    }
}
