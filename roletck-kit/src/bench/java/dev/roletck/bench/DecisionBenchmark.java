package dev.roletck.bench;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one reference decision takes: {@code mvn -Pbench verify} (see README, Benchmarks). The
 * {@code floor*} benchmarks are what any decision costs at least in the same run — reading the
 * request's fields and one {@code int[]} load, the answer precomputed — so that the reference's
 * figures read as a multiple of the floor rather than as nanoseconds of a particular machine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DecisionBenchmark {
    private final ReferencePolicy policy = new ReferencePolicy();
    private AccessRequest singleRole;
    private AccessRequest threeRoles;
    private AccessRequest licensed;
    private AssignmentRequest assignment;
    /** Any answer code per capability, relation and role set of up to six roles: the floor's table. */
    private static final int RELATIONS = Relation.values().length;
    private final int[] floorTable = new int[Capability.values().length * RELATIONS * 64];

    @Setup
    public void setUp() throws Exception {
        singleRole = AccessRequest.of(Capability.ORG_DEVICE_MANAGEMENT, RoleSet.of(Role.DEVICE_ADMIN), Relation.CUSTOMER);
        threeRoles = AccessRequest.of(Capability.EXTERNAL_LICENSES_AND_UPGRADES,
                RoleSet.of(Role.FULL_ADMIN, Role.READ_ONLY_ADMIN, Role.PROVISIONING_ADMIN), Relation.PARTNER);
        licensed = new AccessRequest(Table.CONTACT_CENTER, Capability.CC_VIEW_EXTERNAL_ADMINS,
                RoleSet.of(Role.FULL_ADMIN, Role.CONTACT_CENTER_SERVICE_ADMIN), Relation.CUSTOMER,
                Context.ccLicense(CcLicense.STANDARD));
        assignment = Wire.assignmentRequest(Wire.JSON.readTree("{\"operation\":\"assign\",\"organization\":\"customer\","
                + "\"role\":\"advanced_troubleshooting_access\",\"actor\":{\"roles\":[\"full_admin\"],\"relation\":\"customer\"},"
                + "\"target\":{\"roles\":[\"support_admin\"],\"relation\":\"customer\"}}"));
        for (int i = 0; i < floorTable.length; i++) floorTable[i] = i % 5;
    }

    /** The floor: the request's capability, relation and roles index a precomputed answer. */
    @Benchmark public int floorIntArrayLookupOneRole() { return floor(singleRole); }

    @Benchmark public int floorIntArrayLookupThreeRoles() { return floor(threeRoles); }

    private int floor(AccessRequest r) {
        return floorTable[(r.capability().ordinal() * RELATIONS + r.relation().ordinal()) * 64
                + (int) (r.roles().bits() & 63)];
    }

    @Benchmark public AccessDecision accessOneRole() { return policy.decide(singleRole); }

    @Benchmark public AccessDecision accessThreeRoles() { return policy.decide(threeRoles); }

    @Benchmark public AccessDecision accessWithLicence() { return policy.decide(licensed); }

    @Benchmark public AssignmentDecision assignment() { return policy.decide(assignment); }
}
