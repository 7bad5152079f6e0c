package dev.roletck.harness.junit;

/**
 * A test class that runs the kit against an implementation through the kit's own JUnit Platform
 * engine ({@link RoleTckEngine}): every case is a test named by its case id, in Surefire's and
 * Gradle's reports and in IDEs alike, with no extra configuration.
 *
 * <pre>
 * class RoleTckConformanceTest implements RoleTckConformance {
 *     &#64;Override public RoleTckSuite suite() {
 *         return RoleTckSuite.forPolicy(new MyPolicy()).tables(Table.ORGANIZATION_ROLES).assignment(false);
 *     }
 * }
 * </pre>
 *
 * The class needs a no-argument constructor; {@link #suite()} is called once, when the tests are discovered.
 */
public interface RoleTckConformance {
    /** The implementation and what of the kit to run against it. */
    RoleTckSuite suite();
}
