package com.vmsflow.launcher;

import com.vmsflow.sandbox.SandboxApplication;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ./vmsflow sandbox [config.yml]}: the sandbox alone, standing in for Ajio, the RMS and the clients' ERPs on
 * port 8090, as the compose cluster runs it ({@code config/sandbox-docker.yml}). Without a file, the defaults: no
 * ERP configured.
 */
@Command(name = "sandbox", description = "Run the sandbox (Ajio, RMS and ERP simulators, port 8090):"
        + " sandbox [config.yml]")
final class SandboxCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", description = "the configuration file, e.g. config/sandbox-docker.yml")
    Path config;

    @Override
    public Integer call() throws Exception {
        return config == null ? Serving.serve(new SandboxApplication(), "server")
                : Serving.serve(new SandboxApplication(), "server", config.toString());
    }
}
