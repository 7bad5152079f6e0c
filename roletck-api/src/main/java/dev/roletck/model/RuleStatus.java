package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** How strongly the kit checks a prose rule (RULINGS §4.9). */
public enum RuleStatus implements Id {
    /** A decision the policy makes and the features test. */
    ENFORCED("enforced"),
    /** Reported when auditing an assignment or an admin list. */
    ADVISORY("advisory"),
    /** Not decidable from a request: stated in the features and reported as skipped with the reason. */
    INFORMATIVE("informative");

    private static final Map<String, RuleStatus> BY_ID = Ids.index(RuleStatus.class);
    private final String id;

    RuleStatus(String id) { this.id = id; }

    @Override public String id() { return id; }

    public static Optional<RuleStatus> fromId(String id) { return Ids.find(BY_ID, id); }
}
