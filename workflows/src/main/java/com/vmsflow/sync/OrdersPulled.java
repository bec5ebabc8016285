package com.vmsflow.sync;

/** What one order window brought: orders seen at Ajio, workflows started, and those already running. */
public record OrdersPulled(int seen, int started, int alreadyKnown) {
}
