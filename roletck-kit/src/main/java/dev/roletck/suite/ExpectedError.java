package dev.roletck.suite;

/** The expectation of a fail-closed check: the request is refused with an error, never answered. */
public record ExpectedError() implements Expectation {
    public static final ExpectedError INSTANCE = new ExpectedError();

    @Override public String describe() { return "an error"; }
}
