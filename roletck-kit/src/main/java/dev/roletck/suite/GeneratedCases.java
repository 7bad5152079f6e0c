package dev.roletck.suite;

import dev.roletck.api.AccessRequest;
import dev.roletck.api.Actor;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Policy;
import dev.roletck.api.Site;
import dev.roletck.api.Target;
import dev.roletck.matrix.Group;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.SiteManagement;
import dev.roletck.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated requests whose expected answers are the reference policy's — differential testing, as
 * Cedar's DRT does it: where the fixed cases hold at most two roles and a hand-picked few assignment
 * requests, these cover the whole request space of access and a seeded sample of assignment.
 * <ul>
 *   <li>access: for every table, capability and relation (declared or not), every subset of the
 *       table's roles, under every licence context the table takes; about a quarter also hold a
 *       role of another table; the roles go out in a shuffled order to implementations reached
 *       over a wire;</li>
 *   <li>assignment: {@code assignments} random requests over every field of the assign shape:
 *       actors and targets holding several roles, site roles on several sites, every relation,
 *       organization, home organization and flag, the target being the actor.</li>
 * </ul>
 * The same seed gives the same cases, in the same order.
 */
public final class GeneratedCases {
    /** How many assignment requests a run generates unless told otherwise. */
    public static final int DEFAULT_ASSIGNMENTS = 4000;
    private static final String PREFIX = Group.GENERATED.id() + "/";
    private static final List<String> SITES = List.of("site-1", "site-2");
    private static final Role[] ROLES = Role.values();
    private static final Role[] SITE_ROLES = Arrays.stream(ROLES).filter(Role::isSiteRole).toArray(Role[]::new);
    private static final Role[] ORGANIZATION_ROLES = Arrays.stream(ROLES).filter(r -> !r.isSiteRole()).toArray(Role[]::new);

    private GeneratedCases() {}

    /** Every generated case of a run with this seed: access first, then assignment. */
    public static List<ConformanceCase> of(long seed, int assignments, Policy reference) {
        List<ConformanceCase> cases = new ArrayList<>(access(seed, reference));
        cases.addAll(assignment(seed, assignments, reference));
        return List.copyOf(cases);
    }

    /** The access requests: the whole space, each table's roles in every combination. */
    public static List<AccessCase> access(long seed, Policy reference) {
        SplittableRandom random = new SplittableRandom(seed);
        Provenance.FromReference provenance = new Provenance.FromReference(seed);
        List<AccessCase> cases = new ArrayList<>();
        for (Table t : Table.values()) {
            List<Role> roles = t.roles();
            List<Role> foreign = Arrays.stream(ROLES).filter(r -> !t.lists(r)).toList();
            List<Context> contexts = contexts(t);
            for (Capability cap : t.capabilities()) {
                for (Relation rel : Relation.values()) {
                    for (long subset = 0; subset < (1L << roles.size()); subset++) {
                        List<Role> held = new ArrayList<>();
                        for (int i = 0; i < roles.size(); i++) if ((subset & (1L << i)) != 0) held.add(roles.get(i));
                        for (Context context : contexts) {
                            cases.add(accessCase(cap, held, rel, context, random, reference, provenance));
                            if (random.nextInt(4) == 0) {
                                List<Role> withForeign = new ArrayList<>(held);
                                withForeign.add(foreign.get(random.nextInt(foreign.size())));
                                cases.add(accessCase(cap, withForeign, rel, context, random, reference, provenance));
                            }
                        }
                    }
                }
            }
        }
        return dedupe(cases);
    }

    private static List<Context> contexts(Table t) {
        if (t != Table.CONTACT_CENTER) return List.of(Context.EMPTY);
        List<Context> contexts = new ArrayList<>(List.of(Context.EMPTY));
        for (CcLicense l : CcLicense.values()) contexts.add(Context.ccLicense(l));
        return contexts;
    }

    private static AccessCase accessCase(Capability cap, List<Role> held, Relation rel, Context context,
                                         SplittableRandom random, Policy reference, Provenance provenance) {
        AccessRequest request = new AccessRequest(cap.table(), cap, RoleSet.copyOf(held), rel, context);
        List<Role> order = new ArrayList<>(held);
        shuffle(order, random);
        return new AccessCase(PREFIX + Cases.id(request), Group.GENERATED, CaseKind.GENERATED, request,
                ExpectedAccess.of(reference.decide(request)), provenance, order);
    }

    private static List<AccessCase> dedupe(List<AccessCase> cases) {
        Map<String, AccessCase> byId = new LinkedHashMap<>();
        for (AccessCase c : cases) byId.putIfAbsent(c.id(), c);
        return List.copyOf(byId.values());
    }

    /** {@code count} valid assignment requests drawn at random over every field. */
    public static List<AssignmentCase> assignment(long seed, int count, Policy reference) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        Provenance.FromReference provenance = new Provenance.FromReference(seed);
        List<AssignmentCase> cases = new ArrayList<>(count);
        while (cases.size() < count) {
            Optional<AssignmentRequest> request = randomAssignment(random);
            if (request.isEmpty()) continue;
            ExpectedAssignment expected;
            try {
                expected = ExpectedAssignment.of(reference.decide(request.get()));
            } catch (BadRequestException e) {
                continue; // inconsistent as a whole (the reference refuses to answer it): draw again
            }
            cases.add(new AssignmentCase(PREFIX + "assignment/" + (cases.size() + 1), Group.GENERATED, CaseKind.GENERATED,
                    request.get(), expected, provenance));
        }
        return List.copyOf(cases);
    }

    /** One random request, or empty when the draw is not a valid request (revoking what is not held). */
    static Optional<AssignmentRequest> randomAssignment(SplittableRandom random) {
        Operation operation = pick(Operation.values(), random);
        OrganizationKind organization = pick(OrganizationKind.values(), random);
        Role role = pick(ROLES, random);
        Optional<Site> site = role.isSiteRole()
                ? Optional.of(new Site(pick(SITES, random), pick(SiteManagement.values(), random))) : Optional.empty();
        boolean partnerOrganization = organization == OrganizationKind.PARTNER;
        Relation actorRelation = partnerOrganization ? Relation.PARTNER : weightedRelation(random);
        RoleSet actorRoles = roles(random, true);
        Map<String, RoleSet> actorSites = siteRoles(random);
        Actor actor = new Actor(actorRoles, actorSites, actorRelation, random.nextInt(3) == 0);
        boolean self = random.nextInt(6) == 0;
        RoleSet targetRoles = self ? actorRoles : roles(random, false);
        Map<String, RoleSet> targetSites = self ? actorSites : siteRoles(random);
        if (operation == Operation.REVOKE) {
            if (site.isPresent()) {
                Map<String, RoleSet> withRole = new LinkedHashMap<>(targetSites);
                withRole.merge(site.get().id(), RoleSet.of(role), (a, b) -> a.with(role));
                if (self) return Optional.empty();
                targetSites = withRole;
            } else if (!targetRoles.contains(role)) {
                if (self) return Optional.empty();
                targetRoles = targetRoles.with(role);
            }
        }
        Target target = new Target(self, targetRoles, targetSites, self || partnerOrganization ? actorRelation : weightedRelation(random),
                pick(HomeOrganization.values(), random), random.nextInt(4) == 0);
        try {
            return Optional.of(new AssignmentRequest(operation, actor, organization, role, site, target));
        } catch (BadRequestException e) {
            return Optional.empty();
        }
    }

    private static Relation weightedRelation(SplittableRandom random) {
        int n = random.nextInt(4);
        return n < 2 ? Relation.CUSTOMER : n == 2 ? Relation.PARTNER : Relation.OTHER;
    }

    /** Up to four roles that are not held per site; an actor holds full_admin in about half the draws. */
    private static RoleSet roles(SplittableRandom random, boolean actor) {
        RoleSet roles = actor && random.nextBoolean() ? RoleSet.of(Role.FULL_ADMIN) : RoleSet.EMPTY;
        int more = random.nextInt(4);
        for (int i = 0; i < more; i++) roles = roles.with(pick(ORGANIZATION_ROLES, random));
        return roles;
    }

    private static Map<String, RoleSet> siteRoles(SplittableRandom random) {
        Map<String, RoleSet> sites = new LinkedHashMap<>();
        for (String site : SITES) {
            if (random.nextInt(3) != 0) continue;
            RoleSet roles = RoleSet.EMPTY;
            int n = 1 + random.nextInt(2);
            for (int i = 0; i < n; i++) roles = roles.with(pick(SITE_ROLES, random));
            sites.put(site, roles);
        }
        return sites;
    }

    private static <T> T pick(T[] values, SplittableRandom random) { return values[random.nextInt(values.length)]; }

    private static <T> T pick(List<T> values, SplittableRandom random) { return values.get(random.nextInt(values.size())); }

    private static void shuffle(List<Role> roles, SplittableRandom random) {
        for (int i = roles.size() - 1; i > 0; i--) Collections.swap(roles, i, random.nextInt(i + 1));
    }
}
