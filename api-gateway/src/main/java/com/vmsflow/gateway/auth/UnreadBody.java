package com.vmsflow.gateway.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads and drops the body of a request refused before its resource read it. Jetty cannot keep a connection whose
 * request body is left unread, and closes it after the answer without always saying so in time: the caller's next
 * request on that kept-alive connection then fails with no answer at all. Reading a small body keeps the connection
 * usable; a large one is left to Jetty, which closes the connection as it must.
 */
public final class UnreadBody {

    /** Bodies up to this size are read rather than cost the caller its connection (the API's are a few KB). */
    private static final int MOST = 1 << 20;

    private UnreadBody() {
    }

    static void discard(ContainerRequestContext request) {
        discard(request, MOST);
    }

    /** Reads and drops a body of at most {@code most} bytes; whether it was read to its end (the connection kept). */
    public static boolean discard(ContainerRequestContext request, long most) {
        if (request.getLength() > most) {
            return false; // before hasEntity, which waits for the first byte of a body that may never come
        }
        if (!request.hasEntity()) {
            return true;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            InputStream body = request.getEntityStream();
            int n;
            while ((n = body.read(buffer)) != -1) {
                read += n;
                if (read > most) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the caller hung up or sent less than it said: nothing to keep
        }
    }
}
