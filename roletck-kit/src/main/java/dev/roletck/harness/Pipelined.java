package dev.roletck.harness;

import dev.roletck.suite.CaseResult;
import dev.roletck.suite.Conformance;
import dev.roletck.suite.ConformanceCase;
import java.util.concurrent.CompletableFuture;

/**
 * A policy that takes a case without waiting for its answer: the case's request is sent at once,
 * and the case is judged by {@link Conformance#check} on the thread that reads the answer. The
 * case runner keeps {@link #concurrency()} cases in flight from one thread, with no thread per case
 * and no hand-off between threads per answer.
 */
interface Pipelined extends Concurrent {

    /**
     * Sends the case's request and returns at once; the future completes with the case's result,
     * exactly as {@link Conformance#check} gives it for this policy, never exceptionally.
     */
    CompletableFuture<CaseResult> check(ConformanceCase testCase);
}
