/**
 * Where a web store's order ships from (seed 003, "real-time rating engines to evaluate where to route an order based
 * on cost and service"): the client's locations that serve the order's channel and country, by their stock, the rate
 * card's cost per zone and weight and the promised service. One rule, {@link com.vmsflow.routing.Routing#route}, pure:
 * an activity gathers the candidates, the workflow records the decision and its reasons.
 */
package com.vmsflow.routing;
