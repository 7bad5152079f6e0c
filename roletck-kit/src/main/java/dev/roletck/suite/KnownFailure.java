package dev.roletck.suite;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a known-failures list: a case expected to fail, why, where it is tracked, until when.
 *
 * @param caseId what the entry names: a case id, or {@code cell: …}, {@code rule: …}, {@code case: <glob>}
 * @param link   where the failure is tracked, when the entry says
 * @param where where the entry is written, {@code file:line:col}, for messages
 */
public record KnownFailure(String caseId, String reason, Optional<String> link, LocalDate expires, String where) {
    public KnownFailure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(where, "where");
    }

    public boolean expiredOn(LocalDate today) { return today.isAfter(expires); }

    /**
     * Whether the entry names cases by a pattern ({@code case: <glob>}, {@code cell:}, {@code rule:})
     * rather than by one id: then a case it names that passes simply passes, and only an entry none of
     * whose cases fails is stale.
     */
    public boolean pattern() { return caseId.startsWith("case: ") || caseId.startsWith("cell: ") || caseId.startsWith("rule: "); }
}
