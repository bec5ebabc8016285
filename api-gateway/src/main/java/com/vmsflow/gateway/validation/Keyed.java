package com.vmsflow.gateway.validation;

/** A list element with a key that may appear only once in its list (see {@link NoDuplicates}). */
public interface Keyed {
    String key();
}
