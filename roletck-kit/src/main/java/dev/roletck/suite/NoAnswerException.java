package dev.roletck.suite;

import dev.roletck.i18n.Phrase;
import java.util.Objects;

/**
 * Thrown by a policy that stands for an implementation elsewhere (a process, a server) when that
 * implementation gave no usable answer: it timed out, crashed, or answered something that is not an
 * answer. {@link Conformance#check} reports the case as an error with {@link #phrase()} as the reason.
 */
public class NoAnswerException extends RuntimeException {
    private final Phrase phrase;

    /** What happened, as data; the exception's message is its machine form. */
    public NoAnswerException(Phrase phrase) {
        super(Objects.requireNonNull(phrase, "phrase").plain());
        this.phrase = phrase;
    }

    /** What happened, written by someone else (shown as it is). */
    public NoAnswerException(String reason) {
        this(Phrase.verbatim(reason));
    }

    /** What happened, for a report to show in its reader's language. */
    public Phrase phrase() { return phrase; }
}
