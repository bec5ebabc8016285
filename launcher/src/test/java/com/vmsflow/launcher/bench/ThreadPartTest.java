package com.vmsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench's attribution of threads to parts, from the names a thread dump of a lifecycle run shows. */
class ThreadPartTest {

    @ParameterizedTest(name = "{0} in group {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # name                                                            | group                | part
            workflow-thread-17                                                | main                 | WORKER
            workflow-method-order:demo-rms:FL1-0b2c-4d                        | main                 | WORKER
            workflow-method-sync:demo-erp-1f2e                                | main                 | WORKER
            update pack                                                       | main                 | WORKER
            Workflow Executor taskQueue="vmsflow-orders", namespace="default": 3 | main              | WORKER
            Workflow Poller taskQueue="vmsflow-orders", namespace="default": 1 | main                | WORKER
            Activity Executor taskQueue="vmsflow-orders", namespace="default": 9 | main              | WORKER
            Activity Poller taskQueue="vmsflow-orders", namespace="default": 2 | main                | WORKER
            Local Activity Executor taskQueue="vmsflow-orders", namespace="default": 4 | main        | WORKER
            LocalActivityScheduler-default-vmsflow                            | main                 | WORKER
            LocalActivitySlotSupplierQueue                                    | main                 | WORKER
            TemporalActivityHeartbeat-default-vmsflow: 1                      | main                 | WORKER
            order-starter                                                     | main                 | WORKER
            Tomcat JDBC Pool Cleaner[1:2]                                     | main                 | WORKER
            dw-22                                                             | main                 | GATEWAY
            dw-687 - POST /v1/clients/demo-rms/orders/FL1/pack                | main                 | GATEWAY
            dw-admin-31                                                       | main                 | GATEWAY
            dw-19-acceptor-0@5e2c-application@3a1b{HTTP/1.1, (http/1.1)}{0.0.0.0:8080} | main      | GATEWAY
            grpc-default-executor-3                                           | main                 | TEMPORAL_CLIENT
            grpc-default-worker-ELG-3-1                                       | main                 | TEMPORAL_CLIENT
            grpc-nio-worker-ELG-1-2                                           | main                 | TEMPORAL_CLIENT
            grpc-connection-manager-thread-0                                  | main                 | TEMPORAL_CLIENT
            generic-wf-client-async-throttler-0                               | main                 | TEMPORAL_CLIENT
            floor-starter                                                     | main                 | FLOOR_CLIENTS
            floor-input                                                       | main                 | FLOOR_CLIENTS
            temporal-test-server-grpc-12                                      | temporal-test-server | TEST_SERVER
            temporal-test-server-grpc-worker-2                                | temporal-test-server | TEST_SERVER
            temporal-test-server-grpc-boss-1                                  | temporal-test-server | TEST_SERVER
            pool-1-thread-3                                                   | temporal-test-server | TEST_SERVER
            pool-2-thread-1                                                   | temporal-test-server | TEST_SERVER
            Timer task                                                        | main                 | TEST_SERVER
            SelfAdvancingTimer Pump                                           | main                 | TEST_SERVER
            sandbox-41                                                        | main                 | SANDBOX
            sandbox-41 - GET /ajio/v1/orders                                  | main                 | SANDBOX
            sandbox-17-acceptor-0@1f2f-sandbox@4de0{HTTP/1.1, (http/1.1)}{0.0.0.0:8090} | main     | SANDBOX
            sandbox-timer                                                     | main                 | SANDBOX
            sandbox-erp-http-1                                                | sandbox              | SANDBOX
            OkHttp http://127.0.0.1:8080/v1/clients/demo-erp/orders/FL1/b2b-invoice | sandbox      | SANDBOX
            erp-poller-demo-erp                                               | main                 | SANDBOX
            main                                                              | main                 | BENCH
            bench-packer                                                      | main                 | BENCH
            bench-warehouse-pack                                              | main                 | BENCH
            bench-cpu-sampler                                                 | main                 | BENCH
            Reference Handler                                                 | system               | JVM
            Finalizer                                                         | system               | JVM
            Signal Dispatcher                                                 | system               | JVM
            Common-Cleaner                                                    | InnocuousThreadGroup | JVM
            pool-6-thread-1                                                   | main                 | OTHER
            OkHttp TaskRunner                                                 | main                 | OTHER
            AsyncAppender-Worker-async-file-appender                          | main                 | OTHER
            Scheduler-514296946-1                                             | main                 | OTHER
            ForkJoinPool.commonPool-worker-1                                  | main                 | OTHER
            pool-1-thread-3                                                   | -                    | OTHER
            """)
    void attributes(String name, String group, ThreadPart part) {
        assertThat(ThreadPart.of(name, group)).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GC Thread#0     | true
            G1 Conc#0       | true
            G1 Refine#0     | true
            G1 Main Marker  | true
            C2 CompilerThre | true
            C1 CompilerThre | true
            VM Thread       | true
            VM Periodic Tas | true
            Sweeper thread  | true
            Monitor Deflati | true
            Service Thread  | true
            Reference Handl | false
            workflow-method | false
            sandbox-41      | false
            main            | false
            """)
    void jvmInternal(String comm, boolean internal) {
        assertThat(ThreadPart.jvmInternal(comm)).isEqualTo(internal);
    }

    @Test
    void ownCodeIsWorkerGatewayClientAndTheFloorsStandIns() {
        ThreadCpu.Split split = new ThreadCpu.Split(Map.of(ThreadPart.WORKER, 40L, ThreadPart.GATEWAY, 10L,
                ThreadPart.TEMPORAL_CLIENT, 5L, ThreadPart.FLOOR_CLIENTS, 1L, ThreadPart.TEST_SERVER, 30L,
                ThreadPart.SANDBOX, 20L, ThreadPart.JVM, 7L), 120L);
        assertThat(split.own()).isEqualTo(56L);
        assertThat(split.attributed()).isEqualTo(113L);
        assertThat(split.unattributed()).isEqualTo(7L);
    }
}
