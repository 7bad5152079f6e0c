package dev.roletck.harness;

/** What became of one case. */
public enum Status {
    PASSED("passed"),
    FAILED("failed"),
    /** Failed, and listed in the known-failures file: does not fail the run. */
    EXPECTED_FAILURE("expected_failure"),
    /** Listed in the known-failures file but passed: fails the run until the entry is removed. */
    UNEXPECTED_PASS("unexpected_pass"),
    /** Outside the implementation's profile: never counted as passed. */
    NOT_RUN("not_run");

    private final String id;

    Status(String id) { this.id = id; }

    public String id() { return id; }

    /** Whether this outcome makes the run not conformant. */
    public boolean failsRun() { return this == FAILED || this == UNEXPECTED_PASS; }
}
