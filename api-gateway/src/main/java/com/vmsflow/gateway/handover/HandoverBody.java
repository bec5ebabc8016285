package com.vmsflow.gateway.handover;

import com.vmsflow.gateway.validation.NoDuplicates;
import com.vmsflow.gateway.validation.Printable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /handovers}: a batch of PACKED orders the warehouse hands to a courier. */
public record HandoverBody(
        @NotNull @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$", message = "must be 1 to 64 of A-Z, a-z, 0-9, _ and -")
        String handoverId,
        @NotBlank @Size(max = 100) @Pattern(regexp = Printable.PATTERN, message = Printable.MESSAGE) String courier,
        @NotNull @Size(min = 1, max = 2000) @NoDuplicates List<@NotBlank @Size(max = 200) String> orderIds) {
}
