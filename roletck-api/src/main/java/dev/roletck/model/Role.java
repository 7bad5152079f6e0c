package dev.roletck.model;

import java.util.Map;
import java.util.Optional;

/** Every administrator role the seeds name (RULINGS §2). */
public enum Role implements Id {
    FULL_ADMIN("full_admin"),
    READ_ONLY_ADMIN("read_only_admin"),
    SUPPORT_ADMIN("support_admin"),
    USER_DEVICE_ADMIN("user_device_admin"),
    DEVICE_ADMIN("device_admin"),
    COMPLIANCE_OFFICER("compliance_officer"),
    ADVANCED_TROUBLESHOOTING_ACCESS("advanced_troubleshooting_access"),
    WEBEX_SITE_ADMIN("webex_site_admin"),
    WEBEX_USER_ADMIN("webex_user_admin"),
    WEBEX_READ_ONLY_ADMIN("webex_read_only_admin"),
    MEETING_CONTENT_ADMIN("meeting_content_admin"),
    CONTACT_CENTER_SERVICE_ADMIN("contact_center_service_admin"),
    PROVISIONING_ADMIN("provisioning_admin"),
    SUPERVISOR("supervisor"),
    FULL_SALES_ADMIN("full_sales_admin"),
    SALES_ADMIN("sales_admin"),
    WEBEX_EVENTS_ADMIN("webex_events_admin"),
    CALLING_DETAILED_CALL_HISTORY_API_ACCESS("calling_detailed_call_history_api_access");

    private static final Map<String, Role> BY_ID = Ids.index(Role.class);
    private final String id;

    Role(String id) { this.id = id; }

    @Override public String id() { return id; }

    /** The Webex site roles, held per site (R11); the meeting content admin is a toggle on one of the others. */
    public boolean isSiteRole() {
        return this == WEBEX_SITE_ADMIN || this == WEBEX_USER_ADMIN
                || this == WEBEX_READ_ONLY_ADMIN || this == MEETING_CONTENT_ADMIN;
    }

    public static Optional<Role> fromId(String id) { return Ids.find(BY_ID, id); }
}
