package com.vmsflow.gateway.inward;

import com.vmsflow.gateway.validation.Keyed;
import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /inward-pos}: an expected receipt at a location, per SKU, by its PO number. */
public record InwardPoBody(
        @NotNull @Pattern(regexp = InwardPoBody.NUMBER, message = InwardPoBody.NUMBER_MESSAGE) String poNumber,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String location,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(message = "repeats a sku", property = "sku")
        List<@NotNull @Valid Line> lines) {

    /** A PO's or GRN's number: it is in the URL, so URL-safe. */
    static final String NUMBER = "^[A-Za-z0-9_/.-]{1,64}$";
    static final String NUMBER_MESSAGE = "must be 1 to 64 of A-Z, a-z, 0-9, _ / . and -";

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(1) @Max(10_000_000) Integer quantity) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }
}
