package dev.roletck.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Grant;
import dev.roletck.api.Policy;
import dev.roletck.model.RuleId;
import dev.roletck.model.Verdict;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** One request to put to an implementation and what its answer must be. */
public sealed interface Check {

    /** Asks {@code policy}; the answer as text and whether it is the expected one. */
    Answer ask(Policy policy);

    /** The expected answer as text, in the form {@link Answer#text()} uses. */
    String expectedText();

    /** The request in the JSON of protocol v1, without id. */
    ObjectNode requestJson();

    /** The expected answer in the JSON of protocol v1; for an assignment, the verdict and the rule it must name. */
    ObjectNode expectedJson();

    /** An answer received: its text and a mismatch description when it is not the expected one. */
    record Answer(String text, Optional<String> mismatch) {
        public boolean passed() { return mismatch.isEmpty(); }
    }

    /** An access request whose whole decision (access, scopes, grants) must equal the expected one. */
    record AccessCheck(AccessRequest request, AccessDecision expected) implements Check {
        public AccessCheck {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(expected, "expected");
        }

        @Override public Answer ask(Policy policy) {
            AccessDecision actual = policy.decide(request);
            String text = text(actual);
            if (actual.equals(expected)) return new Answer(text, Optional.empty());
            return new Answer(text, Optional.of("expected " + expectedText() + " but was " + text));
        }

        @Override public String expectedText() { return text(expected); }

        @Override public ObjectNode requestJson() { return ProtocolJson.toJson(request); }

        @Override public ObjectNode expectedJson() { return ProtocolJson.toJson(expected); }

        /** The grants, strongest first, e.g. {@code full/services_sold_by_partner, read_only}. */
        public static String text(AccessDecision d) {
            String grants = d.grants().stream().map(Grant::toString).collect(Collectors.joining(", "));
            String scopes = d.scopes().stream().map(s -> s.id()).collect(Collectors.joining(", "));
            String head = d.access().id() + (scopes.isEmpty() ? "" : "/" + scopes);
            return head.equals(grants) ? grants : head + " (grants: " + grants + ")";
        }
    }

    /** An assignment request whose verdict must be the expected one, naming the expected rule. */
    record AssignmentCheck(AssignmentRequest request, Verdict verdict, RuleId rule) implements Check {
        public AssignmentCheck {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(rule, "rule");
        }

        @Override public Answer ask(Policy policy) {
            AssignmentDecision actual = policy.decide(request);
            String text = text(actual);
            if (actual.verdict() != verdict) {
                return new Answer(text, Optional.of("expected " + expectedText() + " but was " + text));
            }
            if (!actual.rules().contains(rule)) {
                return new Answer(text, Optional.of("expected " + expectedText() + " but the answer names "
                        + actual.rules().stream().map(RuleId::id).collect(Collectors.joining(", "))
                        + ", not " + rule.id()));
            }
            return new Answer(text, Optional.empty());
        }

        @Override public String expectedText() { return verdict.id() + " by " + rule.id(); }

        @Override public ObjectNode requestJson() { return ProtocolJson.toJson(request); }

        @Override public ObjectNode expectedJson() {
            ObjectNode o = ProtocolJson.MAPPER.createObjectNode();
            o.put("verdict", verdict.id());
            o.put("rule", rule.id());
            return o;
        }

        public static String text(AssignmentDecision d) {
            return d.verdict().id() + " by " + d.rules().stream().map(RuleId::id).collect(Collectors.joining(", "));
        }
    }
}
