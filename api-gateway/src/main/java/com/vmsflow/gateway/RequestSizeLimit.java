package com.vmsflow.gateway;

import com.vmsflow.gateway.auth.UnreadBody;
import com.vmsflow.gateway.errors.ErrorBody;
import com.vmsflow.gateway.errors.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses bodies over {@code gateway.maxRequestBody} with 413: by the declared length before reading, and by counting
 * while reading a body sent without one.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public record RequestSizeLimit(long maxBytes) implements ContainerRequestFilter {

    /** Bodies up to this many times the limit are read to their end before the 413, so the caller reads it. */
    private static final long DRAINED_TIMES = 4;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            // A body a few times too large is read and dropped before the answer: a caller still sending it would
            // otherwise meet a closed connection before it reads the 413 (HostileInputTest saw it, under load).
            request.abortWith(tooLarge(UnreadBody.discard(request, DRAINED_TIMES * maxBytes)));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
    }

    private Response tooLarge(boolean bodyRead) {
        Response.ResponseBuilder answer = ErrorBody.response(ErrorCode.PAYLOAD_TOO_LARGE,
                "the body may be at most " + maxBytes + " bytes");
        // Where the rest of the body stays unread the server drops the connection: say so, or a client may reuse it.
        return (bodyRead ? answer : answer.header("Connection", "close")).build();
    }

    private final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new WebApplicationException(tooLarge(false));
            }
        }
    }
}
