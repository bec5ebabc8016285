package com.vmsflow.rsi;

/**
 * What recording an RSI document found: its items, how many belong to returns we know, and how many are of
 * returns the warehouse has not received yet (Ajio's document is accepted all the same).
 */
public record RsiRecorded(int items, int linkedToReturns, int notYetReceived) {
}
