package com.vmsflow.store;

import java.util.List;

/**
 * One client SKU's stock: per location, and what each channel was last shown of it (an Ajio channel may show it
 * under several channel SKUs).
 */
public record SkuStock(String sku, List<StockView> locations, List<ChannelFigure> channels) {

    public SkuStock {
        locations = List.copyOf(locations);
        channels = List.copyOf(channels);
    }
}
