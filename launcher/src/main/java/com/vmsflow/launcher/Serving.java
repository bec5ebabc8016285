package com.vmsflow.launcher;

import io.dropwizard.core.Application;

/**
 * Runs a Dropwizard application's {@code server} command for a subcommand of {@link VmsFlowCommand}. Dropwizard
 * returns once Jetty has started, and {@code VmsFlowCommand.main} exits with the subcommand's code as soon as it
 * returns; so this keeps the calling thread until the JVM stops (SIGTERM runs Jetty's shutdown hook, which stops the
 * server gracefully). A start that fails ends the process through Dropwizard's own error handling.
 */
final class Serving {

    private Serving() {
    }

    static int serve(Application<?> application, String... arguments) throws Exception {
        application.run(arguments);
        Thread.currentThread().join();
        return 0;
    }
}
