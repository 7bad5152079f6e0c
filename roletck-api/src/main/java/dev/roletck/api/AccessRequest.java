package dev.roletck.api;

import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Table;

/**
 * Which access the given roles, held by an admin of the given relation, have to one capability.
 * Construction checks the request is well formed and throws {@link BadRequestException} otherwise.
 */
public record AccessRequest(Table table, Capability capability, RoleSet roles, Relation relation, Context context) {

    public AccessRequest {
        if (table == null) throw new BadRequestException("the request names no table");
        if (capability == null) throw new BadRequestException("the request names no capability");
        if (capability.table() != table) {
            throw new BadRequestException("capability '" + capability.id() + "' is not a row of table '"
                    + table.id() + "'");
        }
        if (roles == null) throw new BadRequestException("the request carries no role list");
        if (relation == null) throw new BadRequestException("the request names no relation");
        if (context == null) throw new BadRequestException("the request carries no context");
        if (!context.appliesTo(table)) {
            throw new BadRequestException("context key 'cc_license' applies only to table 'contact_center', not '"
                    + table.id() + "'");
        }
    }

    public static AccessRequest of(Capability capability, RoleSet roles, Relation relation) {
        return new AccessRequest(capability.table(), capability, roles, relation, Context.EMPTY);
    }
}
