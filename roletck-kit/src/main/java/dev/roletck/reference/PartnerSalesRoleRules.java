package dev.roletck.reference;

import static dev.roletck.model.Scope.ALL_MANAGED_CUSTOMERS;
import static dev.roletck.model.Scope.ASSIGNED_CUSTOMERS_ONLY;
import static dev.roletck.model.Scope.SERVICES_SOLD_BY_PARTNER;

import dev.roletck.api.Context;
import dev.roletck.model.Capability;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.Scope;

/** Table E, full sales and sales administrator roles of a partner organization (002 only; weakest reading). */
final class PartnerSalesRoleRules implements TableRules {

    @Override
    public int grant(Capability capability, Role role, Relation relation, RoleSet held, Context context) {
        return switch (role) {
            case FULL_ADMIN -> partnerFullAdmin(capability);
            case FULL_SALES_ADMIN -> salesAdmin(capability, ALL_MANAGED_CUSTOMERS, true);
            case SALES_ADMIN -> salesAdmin(capability, ASSIGNED_CUSTOMERS_ONLY, false);
            case PROVISIONING_ADMIN -> provisioningAdmin(capability);
            default -> GrantCode.NOT_APPLICABLE;
        };
    }

    /**
     * The partner's full admin runs the partner organization, all its customers and trials, and
     * hands out sales roles; ordering for customers is left to the sales roles (RULINGS §4.10).
     */
    private static int partnerFullAdmin(Capability capability) {
        return switch (capability) {
            case SALES_PARTNER_ORGANIZATION_MANAGEMENT, SALES_ASSIGN_SALES_ADMIN_ROLES,
                    SALES_PROVISION_ORDERS_FOR_PARTNER_ORGANIZATION, SALES_START_AND_MANAGE_TRIALS -> GrantCode.FULL;
            case SALES_CUSTOMER_ORGANIZATION_MANAGEMENT -> GrantCode.full(ALL_MANAGED_CUSTOMERS);
            default -> GrantCode.NONE;
        };
    }

    /**
     * Sales admins face customers: they manage their customers (all of them for the full sales
     * admin, the assigned ones otherwise, R49), provision customer orders and run trials; only the
     * full sales admin hands out sales roles (R46).
     */
    private static int salesAdmin(Capability capability, Scope customers, boolean assignsSalesRoles) {
        return switch (capability) {
            case SALES_CUSTOMER_ORGANIZATION_MANAGEMENT -> GrantCode.full(customers);
            case SALES_PROVISION_ORDERS_FOR_CUSTOMERS, SALES_START_AND_MANAGE_TRIALS -> GrantCode.FULL;
            case SALES_ASSIGN_SALES_ADMIN_ROLES -> assignsSalesRoles ? GrantCode.FULL : GrantCode.NONE;
            default -> GrantCode.NONE;
        };
    }

    /** The provisioning admin manages its assigned customers and orders the services the partner sold; no trials. */
    private static int provisioningAdmin(Capability capability) {
        return switch (capability) {
            case SALES_CUSTOMER_ORGANIZATION_MANAGEMENT -> GrantCode.full(ASSIGNED_CUSTOMERS_ONLY);
            case SALES_PROVISION_ORDERS_FOR_CUSTOMERS -> GrantCode.full(SERVICES_SOLD_BY_PARTNER);
            default -> GrantCode.NONE;
        };
    }
}
