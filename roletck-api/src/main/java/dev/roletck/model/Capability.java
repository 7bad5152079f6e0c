package dev.roletck.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * A row of a privilege table (RULINGS §3). Capability ids are qualified by their table: the same id
 * (for example {@code analytics_and_reports}) names different rows in different tables.
 */
public enum Capability implements Id {
    // organization_roles
    ORG_ADD_DELETE_USERS_ASSIGN_LICENSES(Table.ORGANIZATION_ROLES, "add_delete_users_assign_licenses"),
    ORG_ASSIGN_ROLES_TO_USERS(Table.ORGANIZATION_ROLES, "assign_roles_to_users"),
    ORG_DEVICE_MANAGEMENT(Table.ORGANIZATION_ROLES, "device_management"),
    ORG_COMPANY_POLICY_AND_TEMPLATES(Table.ORGANIZATION_ROLES, "company_policy_and_templates"),
    ORG_ANALYTICS_AND_REPORTS(Table.ORGANIZATION_ROLES, "analytics_and_reports"),
    ORG_TROUBLESHOOTING(Table.ORGANIZATION_ROLES, "troubleshooting"),
    ORG_LICENSES_AND_UPGRADES(Table.ORGANIZATION_ROLES, "licenses_and_upgrades"),
    ORG_ORGANIZATION_SETTINGS(Table.ORGANIZATION_ROLES, "organization_settings"),
    ORG_APP_INTEGRATIONS(Table.ORGANIZATION_ROLES, "app_integrations"),
    ORG_WEBEX_SITE_MANAGEMENT(Table.ORGANIZATION_ROLES, "webex_site_management"),
    ORG_ADMIN_ACTIONS_AUDIT_LOG(Table.ORGANIZATION_ROLES, "admin_actions_audit_log"),
    ORG_ACCESS_TO_USER_GENERATED_CONTENT(Table.ORGANIZATION_ROLES, "access_to_user_generated_content"),
    ORG_LEGAL_HOLD(Table.ORGANIZATION_ROLES, "legal_hold"),
    ORG_ACCESS_TO_JOIN_IN_PROGRESS_MEETINGS(Table.ORGANIZATION_ROLES, "access_to_join_in_progress_meetings"),
    ORG_ACCESS_TO_LIVE_MEETINGS(Table.ORGANIZATION_ROLES, "access_to_live_meetings"),
    ORG_PRODUCT_EMAIL_NOTIFICATIONS(Table.ORGANIZATION_ROLES, "product_email_notifications"),
    // webex_site_roles
    SITE_USER_MANAGEMENT(Table.WEBEX_SITE_ROLES, "user_management"),
    SITE_ANALYTICS_AND_REPORTS(Table.WEBEX_SITE_ROLES, "analytics_and_reports"),
    SITE_LICENSES(Table.WEBEX_SITE_ROLES, "licenses"),
    SITE_ASSIGN_ROLES(Table.WEBEX_SITE_ROLES, "assign_roles"),
    SITE_SITE_CONFIGURATION(Table.WEBEX_SITE_ROLES, "site_configuration"),
    SITE_RECORDINGS_AND_TRANSCRIPTS(Table.WEBEX_SITE_ROLES, "recordings_and_transcripts"),
    // contact_center
    CC_ADMINISTER_FEATURES(Table.CONTACT_CENTER, "administer_features"),
    CC_ADD_REMOVE_USERS(Table.CONTACT_CENTER, "add_remove_users"),
    CC_SEND_ACTIVATION_EMAIL(Table.CONTACT_CENTER, "send_activation_email"),
    CC_MANAGE_LICENSES(Table.CONTACT_CENTER, "manage_licenses"),
    CC_GRANT_REVOKE_SERVICE_ADMIN_ROLE_FOR_EXTERNAL_ADMINS(Table.CONTACT_CENTER, "grant_revoke_service_admin_role_for_external_admins"),
    CC_VIEW_EXTERNAL_ADMINS(Table.CONTACT_CENTER, "view_external_admins"),
    CC_MANAGE_BUSINESS_HOURS(Table.CONTACT_CENTER, "manage_business_hours"),
    // contact_center_role_assignment
    CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_CUSTOMER_USER(Table.CONTACT_CENTER_ROLE_ASSIGNMENT, "assign_service_admin_role_to_customer_user"),
    CC_ASSIGNMENT_ASSIGN_SERVICE_ADMIN_ROLE_TO_EXTERNAL_USER(Table.CONTACT_CENTER_ROLE_ASSIGNMENT, "assign_service_admin_role_to_external_user"),
    // external_admin_roles
    EXTERNAL_USER_MANAGEMENT(Table.EXTERNAL_ADMIN_ROLES, "user_management"),
    EXTERNAL_DEVICE_MANAGEMENT(Table.EXTERNAL_ADMIN_ROLES, "device_management"),
    EXTERNAL_COMPANY_POLICY_AND_TEMPLATES(Table.EXTERNAL_ADMIN_ROLES, "company_policy_and_templates"),
    EXTERNAL_TROUBLESHOOTING(Table.EXTERNAL_ADMIN_ROLES, "troubleshooting"),
    EXTERNAL_SUPPORT_METRICS_AND_NOTIFICATIONS(Table.EXTERNAL_ADMIN_ROLES, "support_metrics_and_notifications"),
    EXTERNAL_ASSIGN_ROLES(Table.EXTERNAL_ADMIN_ROLES, "assign_roles"),
    EXTERNAL_LICENSES_AND_UPGRADES(Table.EXTERNAL_ADMIN_ROLES, "licenses_and_upgrades"),
    EXTERNAL_PROVISION_ORDERS(Table.EXTERNAL_ADMIN_ROLES, "provision_orders"),
    EXTERNAL_ADD_AND_DELETE_SITES(Table.EXTERNAL_ADMIN_ROLES, "add_and_delete_sites"),
    EXTERNAL_ADD_EXTERNAL_ADMINISTRATORS(Table.EXTERNAL_ADMIN_ROLES, "add_external_administrators"),
    // partner_sales_roles
    SALES_PARTNER_ORGANIZATION_MANAGEMENT(Table.PARTNER_SALES_ROLES, "partner_organization_management"),
    SALES_CUSTOMER_ORGANIZATION_MANAGEMENT(Table.PARTNER_SALES_ROLES, "customer_organization_management"),
    SALES_ASSIGN_SALES_ADMIN_ROLES(Table.PARTNER_SALES_ROLES, "assign_sales_admin_roles"),
    SALES_PROVISION_ORDERS_FOR_PARTNER_ORGANIZATION(Table.PARTNER_SALES_ROLES, "provision_orders_for_partner_organization"),
    SALES_PROVISION_ORDERS_FOR_CUSTOMERS(Table.PARTNER_SALES_ROLES, "provision_orders_for_customers"),
    SALES_START_AND_MANAGE_TRIALS(Table.PARTNER_SALES_ROLES, "start_and_manage_trials");

    private final Table table;
    private final String id;

    Capability(Table table, String id) {
        this.table = table;
        this.id = id;
    }

    public Table table() { return table; }

    @Override public String id() { return id; }

    /** The qualified key used by the catalog and by case ids: {@code table/capability}. */
    public String qualifiedId() { return table.id() + "/" + id; }

    /** The capability of {@code table} with that id, if any. */
    public static Optional<Capability> of(Table table, String id) {
        return Arrays.stream(values()).filter(c -> c.table == table && c.id.equals(id)).findFirst();
    }
}
