package dev.roletck.suite;

import dev.roletck.reference.ReferencePolicy;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The reference policy against every case of the spec: the matrices' cells, pairs and boundaries, and the rules. */
class MatrixConformanceTest {

    @TestFactory
    Stream<DynamicNode> referencePolicy() {
        return ConformanceTests.containers(new ReferencePolicy(), Cases.of(TestSpec.spec()));
    }
}
