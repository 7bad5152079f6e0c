package dev.roletck.api;

import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to assign or revoke one role (RULINGS §6). A site role names its site; no other role
 * does (R11). The consistency of the request itself is checked here, so that a policy only ever
 * sees well formed requests.
 */
public record AssignmentRequest(Operation operation, Actor actor, OrganizationKind organization, Role role,
                                Optional<Site> site, Target target) {

    public AssignmentRequest {
        if (operation == null) throw new BadRequestException("the request names no operation (assign or revoke)");
        if (actor == null) throw new BadRequestException("the request names no actor");
        if (organization == null) throw new BadRequestException("the request names no organization kind");
        if (role == null) throw new BadRequestException("the request names no role");
        Objects.requireNonNull(site, "site");
        if (target == null) throw new BadRequestException("the request names no target");
        if (role.isSiteRole() && site.isEmpty()) {
            throw new BadRequestException("role '" + role.id() + "' is held per site: name the site (R11)");
        }
        if (!role.isSiteRole() && site.isPresent()) {
            throw new BadRequestException("role '" + role.id() + "' is not a site role: remove the site");
        }
        if (target.sameAsActor() && target.relation() != actor.relation()) {
            throw new BadRequestException("the target is the actor, so its relation must be the actor's ('"
                    + actor.relation().id() + "')");
        }
        if (operation == Operation.REVOKE && !holds(target, role, site)) {
            throw new BadRequestException("the target does not hold '" + role.id() + "'"
                    + site.map(s -> " on site '" + s.id() + "'").orElse("") + ": nothing to revoke");
        }
    }

    private static boolean holds(Target target, Role role, Optional<Site> site) {
        return site.map(s -> target.siteRolesOn(s.id()).contains(role)).orElse(target.roles().contains(role));
    }
}
