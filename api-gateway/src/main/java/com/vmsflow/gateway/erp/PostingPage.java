package com.vmsflow.gateway.erp;

import java.util.List;

/**
 * A page of the postings feed.
 *
 * @param next the {@code after} of the next read: the last posting's cursor, or on an empty page the larger of the
 *             asked {@code after} and the acknowledged cursor
 */
public record PostingPage(List<FeedPosting> postings, long next) {
}
