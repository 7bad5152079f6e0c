package dev.roletck.reference;

import static dev.roletck.model.Capability.CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_CUSTOMER_USER;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;

/**
 * Table C3, who may give the Contact Center Service Administrator role, as RULINGS §4.3 reads it:
 * everyone who may give it gives it to customer users; only customer-organization admins give it
 * to external users (R26, R36).
 */
final class ContactCenterRoleAssignmentRules implements TableRules {

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case FULL_ADMIN -> toCustomerUsersOrFromCustomer(capability, relation);
            case CONTACT_CENTER_SERVICE_ADMIN -> relation == Relation.PARTNER
                    ? GrantCode.NOT_APPLICABLE
                    : toCustomerUsersOrFromCustomer(capability, relation);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    private static int toCustomerUsersOrFromCustomer(Capability capability, Relation relation) {
        return capability == CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_CUSTOMER_USER || relation == Relation.CUSTOMER
                ? GrantCode.FULL : GrantCode.NONE;
    }
}
