package com.vmsflow.sandbox.ajio.inventory;

/** Ajio's answer to an accepted inventory push: how many figures it now shows from it. */
public record PushReceipt(int accepted) {
}
