package com.vmsflow.gateway.bulk;

import com.vmsflow.bulk.BulkLine;
import com.vmsflow.bulk.BulkOrderRequest;
import com.vmsflow.bulk.FulfilmentType;
import com.vmsflow.bulk.QcStatus;
import com.vmsflow.bulk.ShipTo;
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

/** {@code POST /bulk-orders}: a bulk B2B outward order of the internal channel, by its id. */
public record BulkOrderBody(
        @NotNull @Pattern(regexp = BulkOrderBody.ID, message = BulkOrderBody.ID_MESSAGE) String bulkOrderId,
        @NotNull FulfilmentType fulfilmentType,
        @NotNull QcStatus qcStatus,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String location,
        @NotNull @Valid Address shipTo,
        @NotNull @Size(min = 1, max = 1000) @NoDuplicates(message = "repeats a sku", property = "sku")
        List<@NotNull @Valid Line> lines) {

    /** A bulk order's id: it is in the URL, so URL-safe. */
    static final String ID = "^[A-Za-z0-9_.-]{1,64}$";
    static final String ID_MESSAGE = "must be 1 to 64 of A-Z, a-z, 0-9, _ . and -";

    public record Address(
            @NotBlank @Size(max = 200) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String name,
            @NotBlank @Size(max = 200) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String line1,
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String city,
            @NotBlank @Size(max = 20) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE)
            String postcode,
            @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166 country code such as IN")
            String country) {
    }

    public record Line(
            @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String sku,
            @NotNull @Min(1) @Max(10_000_000) Integer quantity) implements Keyed {

        @Override
        public String key() {
            return sku;
        }
    }

    BulkOrderRequest toRequest() {
        return new BulkOrderRequest(bulkOrderId, fulfilmentType, qcStatus, location, new ShipTo(shipTo.name,
                shipTo.line1, shipTo.city, shipTo.postcode, shipTo.country),
                lines.stream().map(l -> new BulkLine(l.sku, l.quantity)).toList());
    }
}
