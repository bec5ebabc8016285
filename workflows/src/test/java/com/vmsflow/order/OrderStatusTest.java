package com.vmsflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status rules the gateway and the activities share, one row per status. */
class OrderStatusTest {

    /** status, shipped (can come back), ready for a handover. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(OrderStatus.CREATED, false, false),
                Arguments.of(OrderStatus.FAILED, false, false),
                Arguments.of(OrderStatus.FULFILLABLE, false, false),
                Arguments.of(OrderStatus.UNFULFILLABLE, false, false),
                Arguments.of(OrderStatus.ONHOLD, false, false),
                Arguments.of(OrderStatus.PROCESSING, false, false),
                Arguments.of(OrderStatus.PACKED, false, true),
                Arguments.of(OrderStatus.HANDED_OVER, true, false),
                Arguments.of(OrderStatus.COMPLETED, true, false),
                Arguments.of(OrderStatus.CANCELLED, false, false));
    }

    @ParameterizedTest(name = "{0}: shipped {1}, ready for handover {2}")
    @MethodSource("rules")
    void onlyAShippedOrderComesBackAndAHandoverTakesPackedOrdersOnly(OrderStatus status, boolean shipped,
                                                                    boolean readyForHandover) {
        assertThat(status.shipped()).isEqualTo(shipped);
        assertThat(status.readyForHandover()).isEqualTo(readyForHandover);
    }

    @Test
    void theTableHasARowForEveryStatus() {
        assertThat(rules().map(row -> (OrderStatus) row.get()[0]))
                .containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(Arrays.stream(OrderStatus.values()).filter(OrderStatus::readyForHandover))
                .containsExactly(OrderStatus.PACKED);
    }
}
