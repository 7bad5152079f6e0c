package dev.roletck.suite;

import dev.roletck.i18n.Phrase;

/** What a policy must answer to one conformance case. */
public sealed interface Expectation permits ExpectedAccess, ExpectedAssignment, ExpectedError {

    /** The expectation as data, for a report to show in its reader's language. */
    Phrase phrase();

    /** The expectation in its machine form, e.g. {@code full [assigned_sites_only]}. */
    default String describe() { return phrase().plain(); }
}
