/**
 * The machinery every flow's workflow uses, and that imports no flow: a flow package ({@code order}, {@code returns},
 * {@code rsi}, {@code handover}, {@code sync}) holds the story and its rules, this one how a story is told.
 *
 * <ul>
 *   <li>{@link com.vmsflow.flow.Activities}: each step an activity stub with its summary, from the options declared
 *       beside the activity interface ({@code AJIO.step("Acknowledge the order to Ajio")}); local steps too.</li>
 *   <li>{@link com.vmsflow.flow.Progress}: what a flow shows (current details, {@code WaitingFor}/{@code WaitingSince}
 *       and the other search attributes, its read-model row), at every step or once per wait.</li>
 *   <li>{@link com.vmsflow.flow.Waits}: waits up to a deadline or with none (no timer), working through an inbox of
 *       inputs that arrive meanwhile.</li>
 *   <li>{@link com.vmsflow.flow.SupportGate}: an outside system's refusal waits for support ({@code WaitingFor =
 *       SUPPORT}, the reason shown), who retries or skips the step through the flow's {@code support} update.</li>
 *   <li>{@link com.vmsflow.flow.FlowState}: the part of every flow's state the above read and write.</li>
 *   <li>{@link com.vmsflow.flow.WorkflowClock}, {@link com.vmsflow.flow.IdempotencyKeys}: the workflow's time (and
 *       India's date), and keys made once in the workflow.</li>
 *   <li>{@link com.vmsflow.flow.WaitingFor}, {@link com.vmsflow.flow.UpdateErrors}, the support vocabulary,
 *       {@link com.vmsflow.flow.VmsSearchAttributes}, {@link com.vmsflow.flow.TaskQueues} and
 *       {@link com.vmsflow.flow.DataConverters}: what every flow and every client of them shares.</li>
 * </ul>
 *
 * <p>Nothing here may change what reaches a committed history: each way of waiting and publishing is the one the
 * flows' histories recorded, chosen per flow (and per version marker) by the flow.
 */
package com.vmsflow.flow;
