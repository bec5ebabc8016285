package com.vmsflow.bulk;

import com.vmsflow.client.ClientProfile;

/** The input of a bulk order's workflow: the client's settings as they were at creation, and the order. */
public record NewBulkOrder(ClientProfile client, BulkOrderRequest order) {
}
