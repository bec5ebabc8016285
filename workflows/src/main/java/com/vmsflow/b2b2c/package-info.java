/**
 * B2B2C between two clients (seed 002, issue 18): a brand fulfils its partner's marketplace orders, and its
 * e-invoice to the partner must exist before the marketplace's invoicing and the handover. The rules of that model
 * (the cost price, the e-invoice's check) are written here once; docs/design/b2b2c.md is the plan of the whole flow.
 */
package com.vmsflow.b2b2c;
