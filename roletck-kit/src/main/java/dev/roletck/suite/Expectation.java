package dev.roletck.suite;

/** What a policy must answer to one conformance case. */
public sealed interface Expectation permits ExpectedAccess, ExpectedAssignment, ExpectedError {

    /** The expectation in the words of a failure message, e.g. {@code full [assigned_sites_only]}. */
    String describe();
}
