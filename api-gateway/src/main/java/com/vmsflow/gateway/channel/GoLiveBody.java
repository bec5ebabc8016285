package com.vmsflow.gateway.channel;

import com.vmsflow.gateway.validation.Printable;
import com.vmsflow.inventory.GoLive;
import com.vmsflow.inventory.GoLiveMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code PUT /channels/{channelId}/inventory-sync}: the go-live control and why (kept in the audit trail). Whether
 * the control can apply is {@link GoLive#problem()}'s to say, as the sync's validator does.
 */
public record GoLiveBody(GoLiveMode mode,
                         List<@NotNull @Size(max = 100) @Pattern(regexp = Printable.PATTERN,
                                 message = Printable.MESSAGE) String> skus,
                         @NotBlank @Size(max = 500) String reason) {

    GoLive control() {
        return new GoLive(mode, skus);
    }
}
