package com.vmsflow.gateway.catalog;

import com.vmsflow.store.ChannelFigure;
import com.vmsflow.store.SkuStock;
import com.vmsflow.store.StockView;
import java.time.Instant;
import java.util.List;

/**
 * A page of {@code GET /inventory}: SKUs in code point order; {@code next} is the {@code after} of the next page, null
 * on the last.
 */
public record InventoryPage(List<Sku> skus, String next) {

    /** One client SKU: its stock per location and pool, and what each channel was last shown of it. */
    public record Sku(String sku, List<Location> locations, List<Channel> channels) {

        static Sku of(SkuStock stock) {
            return new Sku(stock.sku(), stock.locations().stream().map(Location::of).toList(),
                    stock.channels().stream().map(Channel::of).toList());
        }
    }

    /** @param available what orders may still take: on-hand less reservations, never negative */
    public record Location(String location, String pool, int onHand, int reserved, int available) {

        static Location of(StockView s) {
            return new Location(s.location(), s.pool().name(), s.onHand(), s.reserved(), s.available());
        }
    }

    /** @param quantity the figure last pushed to the channel for {@code channelSku}, at {@code pushedAt} */
    public record Channel(String channelId, String channelSku, int quantity, Instant pushedAt) {

        static Channel of(ChannelFigure f) {
            return new Channel(f.channelId(), f.channelSku(), f.quantity(), f.pushedAt());
        }
    }
}
