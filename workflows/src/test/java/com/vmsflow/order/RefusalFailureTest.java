package com.vmsflow.order;

import static com.vmsflow.order.OrderWorld.HOLD;
import static com.vmsflow.order.OrderWorld.RMS_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vmsflow.flow.SupportRequest;
import com.vmsflow.flow.UpdateErrors;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A refusal reaches the caller as the failure {@link UpdateErrors} built: its code as the failure's type,
 * non-retryable, the bad fields as its details, the plain message; whether the validator refused it or the handler.
 * These are the fields every SDK shows, so a client in any language tells refusals apart without reading prose.
 */
class RefusalFailureTest {

    private OrderWorld world;

    @BeforeEach
    void setUp() {
        world = new OrderWorld();
        world.database.mappings.put("AJ-TEE-M", "TEE-M");
        world.database.onHand.put("TEE-M", 10);
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private static ApplicationFailure failureOf(WorkflowUpdateException refused) {
        assertThat(refused.getCause()).isInstanceOf(ApplicationFailure.class);
        return (ApplicationFailure) refused.getCause();
    }

    @Test
    void aValidatorRefusalCarriesItsCodeAsTypeNonRetryableWithTheBadFieldsAsDetails() {
        world.ajio.create("RF1", world.now(), "AJ-TEE-M", 1, "799.00");
        ForwardOrderWorkflow order = world.start(RMS_CLIENT, world.ajio.orders.get("RF1").view());
        world.awaitStatus(order, OrderStatus.FULFILLABLE);

        ApplicationFailure missing = failureOf(catchThrowableOfType(WorkflowUpdateException.class,
                () -> order.support(new SupportRequest(null, "s", "?"))));
        assertThat(missing.getType()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
        assertThat(missing.isNonRetryable()).isTrue();
        assertThat(missing.getOriginalMessage()).isEqualTo("the support action is missing");
        assertThat(missing.getDetails().get(0, Map.class)).isEqualTo(Map.of("action", "RETRY or SKIP"));

        ApplicationFailure early = failureOf(catchThrowableOfType(WorkflowUpdateException.class,
                () -> order.pack(new PackResult(List.of(new PackLine("TEE-M", 1, 0, 0))))));
        assertThat(early.getType()).isEqualTo(UpdateErrors.NOT_AWAITING);
        assertThat(early.isNonRetryable()).isTrue();
        assertThat(early.getOriginalMessage()).isEqualTo("the order is FULFILLABLE: it takes a pack result only"
                + " while PROCESSING");

        world.pass(HOLD);
        world.awaitStatus(order, OrderStatus.PROCESSING);
        ApplicationFailure wrong = failureOf(catchThrowableOfType(WorkflowUpdateException.class,
                () -> order.pack(new PackResult(List.of(new PackLine("TEE-X", 1, 0, 0))))));
        assertThat(wrong.getType()).isEqualTo(UpdateErrors.VALIDATION_FAILED);
        assertThat(wrong.getDetails().get(0, Map.class)).isNotEmpty();

        assertThat(UpdateErrors.Refusal.of(catchThrowableOfType(WorkflowUpdateException.class,
                () -> order.support(new SupportRequest(null, "s", "?")))))
                .contains(new UpdateErrors.Refusal(UpdateErrors.VALIDATION_FAILED, "the support action is missing",
                        Map.of("action", "RETRY or SKIP")));
    }
}
