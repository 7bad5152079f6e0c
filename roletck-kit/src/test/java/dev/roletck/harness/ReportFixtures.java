package dev.roletck.harness;

import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A run of the reference policy with one cell flipped and one case throwing (a known failure), and
 * partner_sales_roles outside the profile: for the report tests.
 */
public final class ReportFixtures {
    public static final String FLIPPED = "organization_roles/device_management/device_admin/customer";
    public static final String KNOWN = "contact_center/manage_business_hours/supervisor/customer";

    private ReportFixtures() {}

    public static HarnessResult mixedRun(Path dir, Locale locale) {
        Fixtures.Delegating policy = new Fixtures.Delegating() {
            @Override public AccessDecision decide(AccessRequest r) {
                if (r.roles().toList().equals(List.of(Role.DEVICE_ADMIN)) && r.capability() == Capability.ORG_DEVICE_MANAGEMENT
                        && r.relation() == Relation.CUSTOMER) {
                    return AccessDecision.only(Access.NONE);
                }
                if (r.roles().toList().equals(List.of(Role.SUPERVISOR)) && r.capability() == Capability.CC_MANAGE_BUSINESS_HOURS
                        && r.relation() == Relation.CUSTOMER && r.context().ccLicense().isEmpty()) {
                    throw new IllegalStateException("business hours not implemented");
                }
                return inner.decide(r);
            }
        };
        try {
            Path profile = Files.writeString(dir.resolve("profile.yaml"), "implements: [organization_roles, webex_site_roles, contact_center,"
                    + " contact_center_role_assignment, external_admin_roles, assignment]\n");
            Path known = Files.writeString(dir.resolve("known.yaml"), "- case: " + KNOWN + "\n  reason: not built yet\n"
                    + "  link: https://tracker.example/7\n  expires: 2099-01-01\n");
            HarnessOptions options = HarnessOptions.of(new Implementation.InProcess(policy)).withProfile(profile)
                    .withKnownFailures(known, LocalDate.of(2025, 6, 1)).withReportDir(dir).withLocale(locale);
            return Harness.run(options, Fixtures.cases());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
