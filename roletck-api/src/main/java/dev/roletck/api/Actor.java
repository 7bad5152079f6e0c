package dev.roletck.api;

import dev.roletck.model.Relation;
import dev.roletck.model.RoleSet;
import java.util.Map;

/**
 * The admin who asks to assign or revoke a role: the roles they hold in the administered
 * organization, their Webex site roles per site id, their relation to that organization, and
 * whether their organization is a partner with an active sales relationship to it (R37).
 */
public record Actor(RoleSet roles, Map<String, RoleSet> siteRoles, Relation relation, boolean activeSalesRelationship) {
    public Actor {
        if (roles == null) throw new BadRequestException("the actor carries no role list");
        if (relation == null) throw new BadRequestException("the actor names no relation");
        siteRoles = siteRoles == null ? Map.of() : Map.copyOf(siteRoles);
    }

    public static Actor of(RoleSet roles, Relation relation) {
        return new Actor(roles, Map.of(), relation, false);
    }

    /** The site roles held on {@code siteId}; empty when none. */
    public RoleSet siteRolesOn(String siteId) {
        return siteRoles.getOrDefault(siteId, RoleSet.EMPTY);
    }
}
