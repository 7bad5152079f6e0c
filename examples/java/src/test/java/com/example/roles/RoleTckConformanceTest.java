package com.example.roles;

import dev.roletck.harness.junit.RoleTckConformance;
import dev.roletck.harness.junit.RoleTckSuite;
import dev.roletck.model.Table;
import java.nio.file.Path;

/**
 * The whole kit against this project's policy: the organization roles table is its profile. The
 * kit's JUnit engine runs it, one test per case, named by the case id in Surefire's output.
 */
class RoleTckConformanceTest implements RoleTckConformance {
    @Override
    public RoleTckSuite suite() {
        return RoleTckSuite.forPolicy(new OrganizationRolesPolicy())
                .tables(Table.ORGANIZATION_ROLES)
                .assignment(false)
                .reports(Path.of("target/roletck"));
    }
}
