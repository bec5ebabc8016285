package com.vmsflow.sandbox.idempotency;

/** The first answer to an idempotency key, replayed byte for byte to its repeats. */
public record StoredAnswer(int status, byte[] body, String businessKey) {
}
