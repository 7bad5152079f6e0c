package dev.roletck.harness;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.model.Capability;
import dev.roletck.model.Role;
import java.util.List;

/** Java implementations that do what the kit must survive, for --impl-class tests (each runs in a child JVM). */
public final class HostilePolicies {
    private HostilePolicies() {}

    static boolean trigger(AccessRequest r) {
        return r.capability() == Capability.ORG_LEGAL_HOLD && r.roles().toList().equals(List.of(Role.COMPLIANCE_OFFICER));
    }

    /** Calls System.exit(0) when asked about legal hold for a compliance officer. */
    public static final class ExitsInDecide extends Fixtures.Delegating {
        @Override public AccessDecision decide(AccessRequest request) {
            if (trigger(request)) System.exit(0);
            return inner.decide(request);
        }
    }

    /** Calls System.exit(0) in its constructor. */
    public static final class ExitsInConstructor extends Fixtures.Delegating {
        public ExitsInConstructor() {
            System.exit(0);
        }
    }

    /** Never returns from its constructor. */
    public static final class HangsInConstructor extends Fixtures.Delegating {
        public HangsInConstructor() {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ignored) {
                    // a badly behaved implementation ignores interruption
                }
            }
        }
    }

    /** Prints to System.out on every decision: in its own JVM that goes to standard error, not among the answers. */
    public static final class Chatty extends Fixtures.Delegating {
        @Override public AccessDecision decide(AccessRequest request) {
            System.out.println("deciding " + request.capability().id());
            return inner.decide(request);
        }
    }
}
