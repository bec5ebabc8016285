package com.vmsflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.vmsflow.client.EInvoicingModel;
import com.vmsflow.client.PostingMode;
import com.vmsflow.client.ReturnModel;
import com.vmsflow.config.ClientSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Jdbi;

/** Clients for the repository tests, and a start gate to run calls at the same moment. */
public final class Fixtures {

    private Fixtures() {
    }

    public static ClientSettings client(String clientId, String invoicePrefix) {
        ClientSettings c = new ClientSettings();
        c.clientId = clientId;
        c.name = "Client " + clientId;
        c.ajioSellerId = "seller-" + clientId;
        c.ajioSecret = "secret";
        c.supplierGstin = "29AAFCC9980M1ZR";
        c.eInvoicingModel = EInvoicingModel.RMS;
        c.returnModel = ReturnModel.CREDIT_NOTE_RMS;
        c.postingMode = PostingMode.PUSH;
        c.invoicePrefix = invoicePrefix;
        return c;
    }

    static void addClient(Jdbi jdbi, String clientId) {
        new ClientRepository(jdbi).upsert(client(clientId, "DR"));
    }

    /** Runs {@code call(i)} for i in [0, n) on n threads released together; answers the results by i. */
    static <T> List<T> race(int n, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS)); // an exception in any call fails the test here
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
