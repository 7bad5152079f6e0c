package dev.roletck.harness;

import java.util.List;
import java.util.SortedSet;

/**
 * What a policy that stands for an implementation elsewhere noticed while it was asked, for the
 * summary and report.json: the fields its answers carried that protocol v1 does not define, and its
 * last lines on standard error. Both are bounded, so a chatty implementation cannot fill the memory.
 */
interface Remarks {
    /** At most this many distinct extra field names are kept. */
    int MAX_EXTRA_FIELDS = 20;
    /** At most this many lines of standard error are kept, the last ones. */
    int STDERR_TAIL_LINES = 20;

    /** The fields the answers so far carried that the protocol does not define, sorted. */
    SortedSet<String> extraAnswerFields();

    /** The last lines written on standard error (a process), oldest first, sanitized; empty when there is none. */
    default List<String> stderrTail() { return List.of(); }
}
