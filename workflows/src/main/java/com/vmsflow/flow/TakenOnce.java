package com.vmsflow.flow;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * An input a flow takes once, through an update (the warehouse's pack result, the ERP's invoice or credit note, a
 * return's receipt): the handler keeps the first it is given; the validator lets the same input again through (it
 * answers as the first and changes nothing) and refuses another as a {@code CONFLICT}. Workflow code only.
 */
public final class TakenOnce<T> {

    private final BiPredicate<T, T> same;
    private T taken;

    /** {@code same}: whether a second input is the one taken, e.g. {@code EInvoice::sameDocumentAs}. */
    public TakenOnce(BiPredicate<T, T> same) {
        this.same = same;
    }

    /**
     * For the validator: true when {@code input} repeats the input taken (it needs no other check), false when none is
     * taken yet; throws a {@code CONFLICT} with {@code conflict}'s words on the input taken when another one was.
     */
    public boolean repeats(T input, Function<T, String> conflict) {
        if (taken == null) {
            return false;
        }
        if (same.test(taken, input)) {
            return true;
        }
        throw UpdateErrors.conflict(conflict.apply(taken));
    }

    /** For the handler: keeps the input unless one was taken before. */
    public void take(T input) {
        if (taken == null) {
            taken = input;
        }
    }

    /** The input taken, null while there is none. */
    public T taken() {
        return taken;
    }

    public boolean isTaken() {
        return taken != null;
    }
}
