package com.vmsflow.returns;

import com.vmsflow.ajio.ReturnExpectation;
import com.vmsflow.client.ClientProfile;

/** The input of a return workflow: the client's settings at the time and Ajio's return expectation. */
public record NewReturn(ClientProfile client, ReturnExpectation expectation) {
}
