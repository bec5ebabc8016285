package com.vmsflow.launcher;

import com.vmsflow.sandbox.SandboxClient;
import java.time.Duration;

/**
 * A group of the demo's flows beside its order flows: they drive the stack through the demo's own gateway and sandbox
 * clients, wait as long as it does, and report through it. Each adds its flows to the demo's with {@code addTo}.
 */
abstract class DemoFlows {

    final Demo demo;
    final GatewayClient gateway;
    final SandboxClient sandbox;
    final Duration timeout;

    DemoFlows(Demo demo) {
        this.demo = demo;
        this.gateway = demo.gateway();
        this.sandbox = demo.sandbox();
        this.timeout = demo.timeout();
    }
}
