package com.vmsflow.gateway.erp;

/** The answer of {@code POST /postings/ack}: how far the client has acknowledged (never less than before). */
public record PostingsAcked(long ackedUpTo) {
}
