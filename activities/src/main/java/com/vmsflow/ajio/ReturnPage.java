package com.vmsflow.ajio;

import java.util.List;

/** Return expectations of Ajio's returns feed after a cursor; {@code next} is the cursor to ask with next time. */
public record ReturnPage(List<ReturnExpectation> returns, String next) {

    public ReturnPage {
        returns = List.copyOf(returns);
    }
}
