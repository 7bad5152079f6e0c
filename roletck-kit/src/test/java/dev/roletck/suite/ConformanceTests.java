package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.fail;

import dev.roletck.api.Policy;
import dev.roletck.matrix.Group;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/** Conformance cases as JUnit dynamic tests: one container per group, one test per case. */
final class ConformanceTests {
    private ConformanceTests() {}

    static Stream<DynamicNode> containers(Policy policy, List<? extends ConformanceCase> cases) {
        Map<Group, List<ConformanceCase>> byGroup = new EnumMap<>(Group.class);
        for (ConformanceCase c : cases) byGroup.computeIfAbsent(c.group(), g -> new java.util.ArrayList<>()).add(c);
        return byGroup.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey().id(),
                e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
                    CaseResult result = Conformance.check(policy, c);
                    if (!result.passed()) fail(result.message());
                }))));
    }
}
