package com.example.roles;

import dev.roletck.harness.junit.RoleTckSuite;
import dev.roletck.model.Table;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The whole kit against this project's policy: the organization roles table is its profile. */
class RoleTckConformanceTest {
    @TestFactory
    Stream<DynamicNode> roletck() {
        return RoleTckSuite.forPolicy(new OrganizationRolesPolicy())
                .tables(Table.ORGANIZATION_ROLES)
                .assignment(false)
                .dynamicTests();
    }
}
