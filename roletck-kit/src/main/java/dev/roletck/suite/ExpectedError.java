package dev.roletck.suite;

import dev.roletck.i18n.Phrase;

/** The expectation of a fail-closed check: the request is refused with an error, never answered. */
public record ExpectedError() implements Expectation {
    public static final ExpectedError INSTANCE = new ExpectedError();

    @Override public Phrase phrase() { return Phrase.of(Phrase.Kind.AN_ERROR); }
}
