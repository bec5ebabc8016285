package com.vmsflow.gateway.erp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /postings/ack}: every posting up to this cursor is taken. */
public record PostingAckBody(@NotNull @Min(0) Long upTo) {
}
