package com.vmsflow.sync;

/**
 * What one status check of a client's open orders against Ajio found (seed 004: "order in processing status though
 * it was cancelled on the seller panel"); report {@code status-mismatches} lists each.
 *
 * @param checked open orders read at Ajio
 * @param mismatches orders Ajio shows cancelled that we did not know of (each listed once, however often found)
 * @param relayed cancellations handed to their order workflows (the SOP rules decide there; an order drops an event
 *                it has seen)
 */
public record StatusChecked(int checked, int mismatches, int relayed) {
}
