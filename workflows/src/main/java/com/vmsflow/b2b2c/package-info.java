/**
 * B2B2C between two clients (seed 002): a brand fulfils its partner's marketplace orders, and its e-invoice to the
 * partner must exist before the marketplace's invoicing and the handover. The rules and records of that model (the
 * partner's terms, the cost price, the B2B2C_RETURN payload) are written here once; docs/b2b2c.md tells the flow.
 */
package com.vmsflow.b2b2c;
