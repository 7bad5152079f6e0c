package dev.roletck.suite;

/**
 * Thrown by a policy that stands for an implementation elsewhere (a process, a server) when that
 * implementation gave no usable answer: it timed out, crashed, or answered something that is not an
 * answer. {@link Conformance#check} reports the case as an error with this message as the reason.
 */
public class NoAnswerException extends RuntimeException {
    public NoAnswerException(String reason) {
        super(reason);
    }
}
