package com.vmsflow.order;

import com.vmsflow.ajio.AjioOrder;
import com.vmsflow.client.ClientProfile;

/** The input of a forward order workflow: the client's settings at the time, and the order as Ajio gave it. */
public record NewOrder(ClientProfile client, AjioOrder order) {
}
