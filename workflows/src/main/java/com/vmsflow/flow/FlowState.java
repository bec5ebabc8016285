package com.vmsflow.flow;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every flow's state holds besides its own story: whom it waits for, for what and since when (the
 * {@code WaitingFor} and {@code WaitingSince} search attributes), and what support must look at: the problem in
 * words, the step an outside system refused while support is asked, and the support actions taken. A flow's state
 * class extends it; its JSON keeps these fields beside the flow's own, by the same names.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class FlowState {
    private WaitingFor waitingFor = WaitingFor.NONE;
    private String waitingForWhat;
    private Instant waitingSince;
    private String problem;
    private String stuckStep;
    private boolean stuckStepSkippable;
    private List<SupportRecord> supportActions = new ArrayList<>();

    protected FlowState() {
    }

    /** The flow's status: an order's {@code OrderStatus}, a return's {@code ReturnStatus}. */
    public abstract Enum<?> status();

    /** What the flow is, in a word for messages: "order", "return". */
    public abstract String kind();

    public WaitingFor waitingFor() { return waitingFor; }
    public String waitingForWhat() { return waitingForWhat; }
    public Instant waitingSince() { return waitingSince; }
    /**
     * What support must look at, in words, while the flow waits for support; cleared by the next wait for anyone
     * else. {@link #stuckStep()} narrows it to the refused step support can retry or skip.
     */
    public String problem() { return problem; }
    /** The step an outside system refused, while support is asked to look; null otherwise. */
    public String stuckStep() { return stuckStep; }
    public boolean stuckStepSkippable() { return stuckStepSkippable; }
    public List<SupportRecord> supportActions() { return List.copyOf(supportActions); }

    /** Whom the flow waits for now; since when moves only when that changes. */
    public void waitFor(WaitingFor whom, String what, Instant since) {
        if (whom != waitingFor || waitingSince == null) {
            waitingSince = since;
        }
        waitingFor = whom;
        waitingForWhat = what;
        if (whom != WaitingFor.SUPPORT) {
            problem = null;
        }
    }

    /** The flow waits for a person in support, who must look at {@code problem}. */
    public void stuck(String problem, Instant since) {
        waitFor(WaitingFor.SUPPORT, "support: " + problem, since);
        this.problem = problem;
    }

    /** A step an outside system refused: support retries it, or skips it when it did the step by hand. */
    public void stuckAt(String step, boolean skippable, String problem, Instant since) {
        stuck(step + ": " + problem, since);
        this.stuckStep = step;
        this.stuckStepSkippable = skippable;
    }

    public void unstuck() {
        stuckStep = null;
        stuckStepSkippable = false;
    }

    public void support(SupportRecord record) {
        supportActions.add(record);
    }
}
