package com.vmsflow.flow;

import io.temporal.failure.ActivityFailure;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A call to an outside system that refuses it (a 4xx no retry can cure) does not fail the flow: the flow waits,
 * visibly ({@code WaitingFor = SUPPORT}, the reason in its problem), for support to fix the cause and
 * {@link SupportAction#RETRY retry}; a skippable step support did by hand may be {@link SupportAction#SKIP skipped}.
 * The flow's {@code support} update runs {@link #validate} and {@link #take}.
 */
public final class SupportGate {

    private final FlowState state;
    private final Progress<?> progress;
    private final Waits waits;
    private final List<String> refusals;
    private final BooleanSupplier waitsForSupport;
    private BiConsumer<WaitingFor, String> resume;
    private SupportAction decision;

    /**
     * @param refusals        the failure types of the outside systems' refusals (e.g. {@code AJIO_REFUSED})
     * @param waitsForSupport asked at a refusal, once it comes: whether the flow waits for support (a flow whose
     *                        older runs failed instead answers from a version marker); false rethrows the refusal
     */
    public SupportGate(FlowState state, Progress<?> progress, Waits waits, List<String> refusals,
                       BooleanSupplier waitsForSupport) {
        this.state = state;
        this.progress = progress;
        this.waits = waits;
        this.refusals = List.copyOf(refusals);
        this.waitsForSupport = waitsForSupport;
        this.resume = (whom, what) -> state.waitFor(whom, what, WorkflowClock.now());
    }

    /**
     * How the flow goes back to the wait it had before a refusal once support acted: as it was, unless the flow has
     * its own rule (an order a flag keeps waiting for support).
     */
    public SupportGate resumingWith(BiConsumer<WaitingFor, String> resume) {
        this.resume = resume;
        return this;
    }

    /** Runs {@code call}; on a refusal, waits for support and retries it. Answers its result. */
    public <T> T attempt(String step, Supplier<T> call) {
        return attempt(step, false, call);
    }

    /** Runs a step support may skip; answers null when support skipped it (done by hand). */
    public <T> T attempt(String step, boolean skippable, Supplier<T> call) {
        while (true) {
            try {
                return call.get();
            } catch (ActivityFailure failure) {
                if (!Failures.isOfType(failure, refusals) || !waitsForSupport.getAsBoolean()) {
                    throw failure;
                }
                WaitingFor before = state.waitingFor();
                String what = state.waitingForWhat();
                state.stuckAt(step, skippable, Failures.message(failure), WorkflowClock.now());
                progress.moved(null);
                decision = null;
                waits.noDeadlineOnce("Waiting for support: " + step, () -> decision != null);
                state.unstuck();
                resume.accept(before, what);
                progress.moved(null);
                if (decision == SupportAction.SKIP) {
                    return null;
                }
            }
        }
    }

    /** A step without a result, like {@link #attempt(String, boolean, Supplier)}. */
    public void perform(String step, boolean skippable, Runnable call) {
        attempt(step, skippable, () -> {
            call.run();
            return null;
        });
    }

    /**
     * Refuses a support action the flow cannot take now: none named, a skip of no step or of one whose result the
     * flow needs, a retry with no refused step. (A flow that also retries its own waits checks those first.)
     */
    public void validate(SupportRequest request) {
        if (request.action() == null) {
            throw UpdateErrors.validationFailed("the support action is missing", Map.of("action", "RETRY or SKIP"));
        }
        if (request.action() == SupportAction.RELEASE_HOLD) {
            throw UpdateErrors.notAwaiting("the " + state.kind() + " is " + state.status()
                    + ", not ONHOLD: there is no hold to release");
        }
        if (request.action() == SupportAction.SKIP) {
            if (state.stuckStep() == null || !state.stuckStepSkippable()) {
                throw UpdateErrors.notAwaiting(state.stuckStep() == null ? "no refused step to skip"
                        : "the step '" + state.stuckStep() + "' cannot be skipped: the " + state.kind()
                        + " needs its result");
            }
        } else if (state.stuckStep() == null) {
            throw UpdateErrors.notAwaiting("the " + state.kind() + " is " + state.status() + " and waits for "
                    + state.waitingFor() + ": nothing for support to retry");
        }
    }

    /**
     * Takes a support action into the flow's trail (on the refused step, or else on the flow's status); answers
     * whether a refused step took it, which then goes on (retried or skipped).
     */
    public boolean take(SupportRequest request) {
        boolean atStep = state.stuckStep() != null;
        state.support(new SupportRecord(request.action(), atStep ? state.stuckStep() : state.status().name(),
                request.requestedBy(), request.reason(), WorkflowClock.now()));
        if (atStep) {
            decision = request.action();
        }
        return atStep;
    }
}
