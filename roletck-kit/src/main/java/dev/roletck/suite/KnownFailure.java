package dev.roletck.suite;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a known-failures list: a case expected to fail, why, where it is tracked, until when.
 *
 * @param where where the entry is written, {@code file:line:col}, for messages
 */
public record KnownFailure(String caseId, String reason, String link, LocalDate expires, String where) {
    public KnownFailure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(where, "where");
    }

    public boolean expiredOn(LocalDate today) { return today.isAfter(expires); }
}
