package com.vmsflow.gateway.inward;

import java.util.List;

/** The answer of a GRN: the PO after it (a resend answers the PO as it is), and the orders told to try again. */
public record GrnReceived(String grnNumber, InwardPoView po, List<String> ordersRetried) {
}
