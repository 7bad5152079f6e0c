package dev.roletck.api;

import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Relation;
import dev.roletck.model.RoleSet;
import java.util.Map;

/**
 * The user whose role changes: whether it is the actor themself, the roles and site roles they
 * hold now, their relation to the administered organization, the kind of their home organization
 * (R41) and whether Contact Center is enabled there (R24).
 */
public record Target(boolean sameAsActor, RoleSet roles, Map<String, RoleSet> siteRoles, Relation relation,
                     HomeOrganization home, boolean contactCenterEnabled) {
    public Target {
        if (roles == null) throw new BadRequestException("the target carries no role list");
        if (relation == null) throw new BadRequestException("the target names no relation");
        if (home == null) throw new BadRequestException("the target names no home organization kind");
        siteRoles = siteRoles == null ? Map.of() : Map.copyOf(siteRoles);
    }

    /** A member of the administered organization holding {@code roles}. */
    public static Target member(RoleSet roles) {
        return new Target(false, roles, Map.of(), Relation.CUSTOMER, HomeOrganization.ORDINARY, false);
    }

    /** The site roles held on {@code siteId}; empty when none. */
    public RoleSet siteRolesOn(String siteId) {
        return siteRoles.getOrDefault(siteId, RoleSet.EMPTY);
    }
}
