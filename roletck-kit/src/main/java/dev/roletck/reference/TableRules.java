package dev.roletck.reference;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;

/**
 * The rules of one privilege table: what one held role contributes to one capability, as a
 * {@link GrantCode}. The relation is one the table declares; {@code held} is every role held,
 * for add-on grants (RULINGS §4.8).
 */
interface TableRules {
    int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context);
}
