package dev.roletck.harness;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of a known-failures file: a case expected to fail, why, where it is tracked, until when. */
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
