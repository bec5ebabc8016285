package com.vmsflow.gateway.catalog;

import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.inventory.StockPool;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /inventory/moves}: units of a SKU at a location from one pool to another. {@code moveId} is required:
 * a move is relative (unlike a count), so only its id makes a resend harmless.
 */
public record StockMoveBody(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9_/.-]{1,64}$", message = "must be 1 to 64 of A-Z, a-z, 0-9, _ / . and -")
        String moveId,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String location,
        @NotNull StockPool from,
        @NotNull StockPool to,
        @NotNull @Min(1) @Max(10_000_000) Integer quantity) {
}
