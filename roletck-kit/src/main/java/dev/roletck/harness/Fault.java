package dev.roletck.harness;

/** The ways an implementation can fail to answer a case, each reported as a failed case. */
public enum Fault {
    /** The implementation threw (in-process) or answered with an error. */
    ERROR("error"),
    /** The reply was not a well-formed answer of protocol v1. */
    MALFORMED_REPLY("malformed reply"),
    /** The reply carried another request's id. */
    WRONG_ID("wrong id"),
    /** No reply within the per-case timeout. */
    TIMEOUT("timeout"),
    /** The process exited, or the connection failed, before answering. */
    CRASH("crash"),
    /** The implementation could not be started or reached. */
    START("start"),
    /** The overall deadline was reached before the case ran. */
    DEADLINE("deadline");

    private final String label;

    Fault(String label) { this.label = label; }

    public String label() { return label; }
}
