package dev.roletck.matrix;

import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.model.Access;
import dev.roletck.model.RuleId;
import dev.roletck.model.RuleStatus;
import dev.roletck.model.Scope;
import dev.roletck.model.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A prose rule of rules.yaml: its status (RULINGS §5), the group it belongs to, the seed lines it
 * rests on ({@code file:line}), and the requests that exercise it.
 */
public record RuleSpec(RuleId id, String title, RuleStatus status, Group group, List<String> seeds,
                       String statement, Optional<String> reason, Optional<String> notes,
                       List<AccessCase> accessCases, List<AssignmentCase> cases) {

    public RuleSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(group, "group");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(notes, "notes");
        accessCases = List.copyOf(accessCases);
        cases = List.copyOf(cases);
    }

    /** An access request the rule decides, with the access and scopes it must answer. */
    public record AccessCase(String name, AccessRequest request, Access access, List<Scope> scopes) {
        public AccessCase {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(access, "access");
            scopes = List.copyOf(scopes);
        }
    }

    /** An assignment request the rule decides, with the verdict and the rule that must be among the answer's rules. */
    public record AssignmentCase(String name, AssignmentRequest request, Verdict verdict, RuleId rule) {
        public AssignmentCase {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(rule, "rule");
        }
    }
}
