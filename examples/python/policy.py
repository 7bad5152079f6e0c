#!/usr/bin/env python3
"""A complete implementation of the administrator-role rules in Python, speaking RoleTCK protocol v1.

It reads one JSON request per line on standard input and writes one JSON answer per line on
standard output (see PROTOCOL.md). The rules are written per role, the way one would write them
from RULINGS.md and docs/assignment-rules.md, and are verified by running the kit against it:

    ./roletck verify --impl-cmd "python3 examples/python/policy.py"

Standard library only; Python 3.8 or newer.
"""
import json
import sys

FULL, READ, NONE, NA = "full", "read_only", "none", "not_applicable"
LEVEL = {NA: 0, NONE: 1, READ: 2, FULL: 3}

ROLES = [
    "full_admin", "read_only_admin", "support_admin", "user_device_admin", "device_admin",
    "compliance_officer", "advanced_troubleshooting_access", "webex_site_admin", "webex_user_admin",
    "webex_read_only_admin", "meeting_content_admin", "contact_center_service_admin",
    "provisioning_admin", "supervisor", "full_sales_admin", "sales_admin", "webex_events_admin",
    "calling_detailed_call_history_api_access",
]
SITE_ROLES = {"webex_site_admin", "webex_user_admin", "webex_read_only_admin", "meeting_content_admin"}
RELATIONS = ["customer", "partner", "other"]
SCOPES = {"user_settings_only", "assigned_sites_only", "services_sold_by_partner",
          "sites_of_subscriptions_sold_by_partner", "all_managed_customers", "assigned_customers_only",
          "service_admins_only"}


class BadRequest(Exception):
    """A request this policy cannot answer; answered with an error, never an allow."""


# ---------------------------------------------------------------------------------------------
# Access: one function per table, answering what ONE held role contributes: (access, scope).
# `held` is the set of all roles held, for add-on roles that count only together with another.
# ---------------------------------------------------------------------------------------------

def organization_roles(role, capability, relation, held, context):
    management = ["add_delete_users_assign_licenses", "assign_roles_to_users", "device_management",
                  "company_policy_and_templates", "analytics_and_reports", "troubleshooting",
                  "licenses_and_upgrades", "organization_settings", "app_integrations",
                  "webex_site_management"]
    if role == "full_admin":
        # Everything an organization needs, but not compliance work nor joining meetings.
        if capability in ("access_to_user_generated_content", "legal_hold",
                          "access_to_join_in_progress_meetings", "access_to_live_meetings"):
            return NONE, None
        return FULL, None
    if role == "read_only_admin":
        return (READ, None) if capability in management else (NONE, None)
    if role == "support_admin":
        return (FULL, None) if capability in ("analytics_and_reports", "troubleshooting") else (NONE, None)
    if role == "user_device_admin":
        return (FULL, None) if capability in ("add_delete_users_assign_licenses", "device_management",
                                              "licenses_and_upgrades") else (NONE, None)
    if role == "device_admin":
        return (FULL, None) if capability == "device_management" else (NONE, None)
    if role == "compliance_officer":
        return (FULL, None) if capability in ("access_to_user_generated_content", "legal_hold") else (NONE, None)
    if role == "advanced_troubleshooting_access":
        # R09: an add-on. Full admins may join in-progress meetings; full, read-only and support
        # admins get the live meetings page. Alone it grants nothing.
        if capability == "access_to_join_in_progress_meetings" and "full_admin" in held:
            return FULL, None
        if capability == "access_to_live_meetings" and held & {"full_admin", "read_only_admin", "support_admin"}:
            return FULL, None
        return NONE, None
    return NA, None


def webex_site_roles(role, capability, relation, held, context):
    per_site = "assigned_sites_only"
    if role == "webex_site_admin":
        return {"user_management": (FULL, "user_settings_only"), "analytics_and_reports": (READ, None),
                "licenses": (FULL, per_site), "assign_roles": (FULL, per_site),
                "site_configuration": (FULL, per_site)}.get(capability, (NONE, None))
    if role == "webex_user_admin":
        return {"user_management": (FULL, "user_settings_only"), "analytics_and_reports": (READ, None),
                "licenses": (FULL, per_site), "assign_roles": (READ, per_site),
                "site_configuration": (READ, per_site)}.get(capability, (NONE, None))
    if role == "webex_read_only_admin":
        return {"user_management": (READ, None), "analytics_and_reports": (READ, None),
                "licenses": (READ, per_site), "assign_roles": (READ, per_site),
                "site_configuration": (READ, per_site)}.get(capability, (NONE, None))
    if role == "meeting_content_admin":
        # R17: a toggle on a site administrator; it never lifts a read-only admin above read-only.
        any_site_admin = held & {"webex_site_admin", "webex_user_admin", "webex_read_only_admin"}
        if capability == "recordings_and_transcripts" and any_site_admin:
            return FULL, per_site
        if capability == "analytics_and_reports" and any_site_admin:
            return READ, None
        if capability == "user_management" and held & {"webex_site_admin", "webex_user_admin"}:
            return FULL, "user_settings_only"
        return NONE, None
    return NA, None


def contact_center(role, capability, relation, held, context):
    grant_revoke = "grant_revoke_service_admin_role_for_external_admins"
    if role == "full_admin":
        if relation == "customer":
            # R22: with a Standard licence (Agent Desktop only) the full admin gets nothing here.
            return (NONE, None) if context.get("cc_license") == "standard" else (FULL, None)
        return (NONE, None) if capability == grant_revoke else (FULL, None)
    if role == "contact_center_service_admin":
        if relation == "partner":
            return NA, None
        if capability == "add_remove_users":
            return NONE, None                              # R27
        if capability == "view_external_admins":
            return FULL, "service_admins_only"            # R29
        if capability == grant_revoke and relation == "other":
            return NONE, None
        return FULL, None
    if role == "provisioning_admin":
        if relation != "partner":
            return NA, None
        ok = capability in ("administer_features", "manage_business_hours", "view_external_admins")
        return (FULL, None) if ok else (NONE, None)
    if role == "read_only_admin":
        if relation == "customer":
            return NONE, None                              # cannot even sign in to the service
        full, _ = contact_center("full_admin", capability, relation, held, {})
        return (READ, None) if full == FULL else (NONE, None)
    if role == "supervisor":
        if relation != "customer":
            return NA, None
        return (FULL, None) if capability == "manage_business_hours" else (NONE, None)
    return NA, None


def contact_center_role_assignment(role, capability, relation, held, context):
    to_external = capability == "assign_service_admin_role_to_external_user"
    if role == "full_admin":
        # External admins never give the role to users of another external organization.
        return (NONE, None) if to_external and relation != "customer" else (FULL, None)
    if role == "contact_center_service_admin":
        if relation == "partner":
            return NA, None
        return (NONE, None) if to_external and relation == "other" else (FULL, None)
    return NA, None


def external_admin_roles(role, capability, relation, held, context):
    if role == "full_admin":
        if capability == "add_external_administrators":
            return NONE, None
        if capability == "add_and_delete_sites":
            return FULL, "sites_of_subscriptions_sold_by_partner"
        return FULL, None
    if role == "read_only_admin":
        if capability in ("provision_orders", "add_and_delete_sites", "add_external_administrators"):
            return NONE, None
        return READ, None
    if role == "provisioning_admin":
        if relation != "partner":
            return NA, None
        if capability in ("licenses_and_upgrades", "provision_orders", "add_and_delete_sites"):
            return FULL, "services_sold_by_partner"
        return NONE, None
    return NA, None


def partner_sales_roles(role, capability, relation, held, context):
    if role == "full_admin":
        return {"partner_organization_management": (FULL, None),
                "customer_organization_management": (FULL, "all_managed_customers"),
                "assign_sales_admin_roles": (FULL, None),
                "provision_orders_for_partner_organization": (FULL, None),
                "start_and_manage_trials": (FULL, None)}.get(capability, (NONE, None))
    if role == "full_sales_admin":
        return {"customer_organization_management": (FULL, "all_managed_customers"),
                "assign_sales_admin_roles": (FULL, None),
                "provision_orders_for_customers": (FULL, None),
                "start_and_manage_trials": (FULL, None)}.get(capability, (NONE, None))
    if role == "sales_admin":
        return {"customer_organization_management": (FULL, "assigned_customers_only"),
                "provision_orders_for_customers": (FULL, None),
                "start_and_manage_trials": (FULL, None)}.get(capability, (NONE, None))
    if role == "provisioning_admin":
        return {"customer_organization_management": (FULL, "assigned_customers_only"),
                "provision_orders_for_customers": (FULL, "services_sold_by_partner")}.get(capability, (NONE, None))
    return NA, None


# table id -> (rule function, relations it declares, roles it lists, capabilities)
TABLES = {
    "organization_roles": (organization_roles, ["customer"],
        ["full_admin", "read_only_admin", "support_admin", "user_device_admin", "device_admin",
         "compliance_officer", "advanced_troubleshooting_access"],
        ["add_delete_users_assign_licenses", "assign_roles_to_users", "device_management",
         "company_policy_and_templates", "analytics_and_reports", "troubleshooting",
         "licenses_and_upgrades", "organization_settings", "app_integrations", "webex_site_management",
         "admin_actions_audit_log", "access_to_user_generated_content", "legal_hold",
         "access_to_join_in_progress_meetings", "access_to_live_meetings", "product_email_notifications"]),
    "webex_site_roles": (webex_site_roles, RELATIONS,
        ["webex_site_admin", "webex_user_admin", "webex_read_only_admin", "meeting_content_admin"],
        ["user_management", "analytics_and_reports", "licenses", "assign_roles", "site_configuration",
         "recordings_and_transcripts"]),
    "contact_center": (contact_center, RELATIONS,
        ["full_admin", "contact_center_service_admin", "provisioning_admin", "read_only_admin", "supervisor"],
        ["administer_features", "add_remove_users", "send_activation_email", "manage_licenses",
         "grant_revoke_service_admin_role_for_external_admins", "view_external_admins", "manage_business_hours"]),
    "contact_center_role_assignment": (contact_center_role_assignment, RELATIONS,
        ["full_admin", "contact_center_service_admin"],
        ["assign_service_admin_role_to_customer_user", "assign_service_admin_role_to_external_user"]),
    "external_admin_roles": (external_admin_roles, ["partner", "other"],
        ["full_admin", "read_only_admin", "provisioning_admin"],
        ["user_management", "device_management", "company_policy_and_templates", "troubleshooting",
         "support_metrics_and_notifications", "assign_roles", "licenses_and_upgrades", "provision_orders",
         "add_and_delete_sites", "add_external_administrators"]),
    "partner_sales_roles": (partner_sales_roles, ["partner"],
        ["full_admin", "full_sales_admin", "sales_admin", "provisioning_admin"],
        ["partner_organization_management", "customer_organization_management", "assign_sales_admin_roles",
         "provision_orders_for_partner_organization", "provision_orders_for_customers",
         "start_and_manage_trials"]),
}


def covers(a, b):
    """(access, scope) a covers b when it is at least as strong and unscoped or of the same scope."""
    return LEVEL[a[0]] >= LEVEL[b[0]] and (a[1] is None or a[1] == b[1])


def combine(contributions):
    """The union of what each role contributes (RULINGS §4.6): the grants no other grant covers."""
    distinct = set(contributions)
    uncovered = [g for g in distinct if not any(o != g and covers(o, g) for o in distinct)]
    uncovered.sort(key=lambda g: (-LEVEL[g[0]], g[1] is not None, g[1] or ""))
    top = uncovered[0][0]
    at_top = [g for g in uncovered if g[0] == top]
    scopes = [] if any(g[1] is None for g in at_top) else sorted(g[1] for g in at_top)
    return {"access": top, "scopes": scopes,
            "grants": [{"access": a, "scope": s} for a, s in uncovered]}


def decide_access(req):
    table = known(req, "table", TABLES)
    rule, relations, listed, capabilities = TABLES[table]
    capability = known(req, "capability", capabilities)
    roles = role_list(req, "roles")
    relation = known(req, "relation", RELATIONS)
    fields(req, ACCESS_FIELDS, "access request")
    context = req.get("context")
    if context is None:
        context = {}
    if not isinstance(context, dict):
        raise BadRequest("'context' must be an object")
    for key in context:
        if key != "cc_license":
            raise BadRequest("unknown context key '%s'" % key)
        if table != "contact_center":
            raise BadRequest("context key 'cc_license' applies only to table 'contact_center'")
        if context[key] not in ("none", "standard", "premium"):
            raise BadRequest("unknown cc_license '%s'" % context[key])
    if relation not in relations:
        return combine([(NA, None)])
    if not roles:
        return combine([(NONE, None)])                     # R02: no admin privileges to start with
    held = set(roles)
    return combine([rule(r, capability, relation, held, context) if r in listed else (NA, None) for r in roles])


# ---------------------------------------------------------------------------------------------
# Assignments (docs/assignment-rules.md): collect every refusal; otherwise the authority.
# ---------------------------------------------------------------------------------------------

def decide_assignment(req):
    operation = known(req, "operation", ["assign", "revoke"])
    organization = known(req, "organization", ["customer", "partner"])
    role = known(req, "role", ROLES)
    site = req.get("site")
    actor, target = obj(req, "actor"), obj(req, "target")
    a_roles, t_roles = set(role_list(actor, "roles")), set(role_list(target, "roles"))
    a_sites, t_sites = site_roles(actor), site_roles(target)
    a_rel, t_rel = known(actor, "relation", RELATIONS), known(target, "relation", RELATIONS)
    fields(req, ASSIGN_FIELDS, "assignment request")
    fields(actor, ACTOR_FIELDS, "actor")
    fields(target, TARGET_FIELDS, "target")
    self_ = flag(target, "same_as_actor")
    sales = flag(actor, "active_sales_relationship")
    home = target.get("home") or "ordinary"
    if home not in ("ordinary", "consumer", "free_self_sign_up"):
        raise BadRequest("unknown home '%s'" % home)
    cc_enabled = flag(target, "contact_center_enabled")

    if isinstance(site, dict):
        fields(site, SITE_FIELDS, "site")
    if role in SITE_ROLES:
        if not isinstance(site, dict) or not isinstance(site.get("id"), str) or not site.get("id"):
            raise BadRequest("role '%s' is held per site: name the site (R11)" % role)
        if site.get("managed_by") not in ("control_hub", "site_administration"):
            raise BadRequest("site '%s' does not say what manages it" % site.get("id"))
    elif site is not None:
        raise BadRequest("role '%s' is not a site role: remove the site" % role)
    if self_ and t_rel != a_rel:
        raise BadRequest("the target is the actor, so its relation must be the actor's")
    site_id = site["id"] if role in SITE_ROLES else None
    on_site = t_sites.get(site_id, set()) if site_id else set()
    if operation == "revoke" and role not in (on_site if site_id else t_roles):
        raise BadRequest("the target does not hold '%s': nothing to revoke" % role)
    if organization == "partner":
        if a_rel != "partner" or t_rel != "partner":
            raise BadRequest("in a partner organization actor and target are both of relation 'partner'")
        holds_anything = bool(a_roles) or any(a_sites.values())
        return partner_organization(operation, role, a_roles, t_roles, self_, holds_anything)

    assign = operation == "assign"
    external = {"partner", "other"}
    # R37: while it sells to the customer, a removed partner may give itself provisioning access back.
    self_provisioning = assign and self_ and a_rel == "partner" and role == "provisioning_admin"
    regains = self_provisioning and sales
    holds_anything = bool(a_roles) or any(a_sites.values())
    site_admin_here = site_id is not None and "webex_site_admin" in a_sites.get(site_id, set())

    # Who may give or take this role at all.
    authority = set()
    if "full_admin" in a_roles:
        authority.add("R01")
    if "contact_center_service_admin" in a_roles and role == "contact_center_service_admin":
        authority.add("R27")
    if site_admin_here:
        authority.add("R13")
    if regains:
        authority.add("R37")
    if not assign and "full_admin" in a_roles and a_rel == "customer" and t_rel == "partner":
        authority.add("R38")

    refused, passed = set(), set()

    def check(rule, ok):
        (passed if ok else refused).add(rule)

    if not holds_anything and not regains:
        refused.add("R02")
    if ("contact_center_service_admin" in a_roles and "full_admin" not in a_roles and not site_admin_here
            and role != "contact_center_service_admin"):
        refused.add("R27")
    if role in ("full_sales_admin", "sales_admin"):
        refused.add("R46")                                 # sales roles exist in partner organizations only
    other_site_roles = {"webex_site_admin", "webex_user_admin", "webex_read_only_admin"}
    cc_admin = "contact_center_service_admin"
    if assign:
        if role == "advanced_troubleshooting_access":
            check("R10", not self_ and bool(t_roles & {"full_admin", "read_only_admin", "support_admin"}))
        if role in SITE_ROLES:
            check("R12", site.get("managed_by") == "control_hub")
        if role == "meeting_content_admin":
            check("R17", bool(on_site & other_site_roles))
        if role == cc_admin:
            passed.add("R20")
            check("R23", not t_roles & {"full_admin", "read_only_admin"})
            if t_rel in external and cc_enabled:
                refused.add("R24")
            if t_rel == "partner":
                refused.add("R25")
            if a_rel == "other" and cc_admin in a_roles and t_rel in external:
                refused.add("R26")
        if role in ("full_admin", "read_only_admin") and cc_admin in t_roles:
            refused.add("R23")
        if a_rel in external and t_rel in external and not self_provisioning:
            refused.add("R36")
        if a_rel == "partner" and self_ and (role == "full_admin" or (role == "provisioning_admin" and not sales)):
            refused.add("R37")
        if t_rel == "other":
            check("R41", home != "consumer")
        if t_rel in external or role == "provisioning_admin":
            offered = {"partner": {"full_admin", "provisioning_admin"},
                       "other": {"full_admin", "read_only_admin", cc_admin} | SITE_ROLES}.get(t_rel, set())
            check("R42", role in offered)
        if t_rel in external and "full_admin" in a_roles and (
                (role == "full_admin" and "read_only_admin" in t_roles)
                or (role == "read_only_admin" and "full_admin" in t_roles)):
            passed.add("R43")                              # a promotion or demotion replaces the old role
    else:
        if role in other_site_roles and "meeting_content_admin" in on_site and not (on_site - {role}) & other_site_roles:
            refused.add("R17")                             # the meeting content toggle needs a site admin role
        if role == cc_admin and a_rel in external and t_rel in external:
            refused.add("R36")                             # external admins cannot revoke it from external admins
            if a_rel == "other" and cc_admin in a_roles:
                refused.add("R26")

    if refused:
        return verdict("refused", refused)
    if not authority:
        return verdict("refused", {"R01"})                 # fail closed: no rule allows it
    return verdict("allowed", authority | passed)


def partner_organization(operation, role, a_roles, t_roles, self_, holds_anything):
    sales_roles = ("full_sales_admin", "sales_admin")
    refused = set()
    if not holds_anything:
        refused.add("R02")                                 # no role at all, site roles included
    if role in ("full_admin", "read_only_admin") and "full_admin" not in a_roles:
        refused.add("R01")
    if role in sales_roles and not a_roles & {"full_admin", "full_sales_admin"}:
        refused.add("R46")
    if role not in ("full_admin", "read_only_admin") + sales_roles:
        refused.add("R46")                                 # no other role exists in a partner organization
    if operation == "revoke" and role == "full_sales_admin" and self_ and "full_admin" not in a_roles:
        refused.add("R48")
    if refused:
        return verdict("refused", refused)
    rules = {"R01"} if role in ("full_admin", "read_only_admin") else {"R46"}
    if operation == "revoke" and role == "full_sales_admin" and self_:
        rules.add("R48")
    if operation == "assign" and role in sales_roles and "full_admin" in t_roles:
        rules.add("R48")
    return verdict("allowed", rules)


def verdict(v, rules):
    return {"verdict": v, "rules": sorted(rules)}


# ---------------------------------------------------------------------------------------------
# Request checking and the line protocol
# ---------------------------------------------------------------------------------------------

ACCESS_FIELDS = {"id", "kind", "table", "capability", "roles", "relation", "context"}
ASSIGN_FIELDS = {"id", "kind", "operation", "organization", "role", "site", "actor", "target"}
ACTOR_FIELDS = {"roles", "site_roles", "relation", "active_sales_relationship"}
TARGET_FIELDS = {"same_as_actor", "roles", "site_roles", "relation", "home", "contact_center_enabled"}
SITE_FIELDS = {"id", "managed_by"}


def fields(obj_, allowed, what):
    """Fail closed on a field the protocol does not have: the sender meant something this policy cannot see."""
    for field in obj_:
        if field not in allowed:
            raise BadRequest("unknown field '%s' in the %s" % (field, what))


def flag(obj_, field):
    value = obj_.get(field, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise BadRequest("'%s' must be true or false" % field)
    return value


def known(obj_, field, allowed):
    value = obj_.get(field)
    if value is None:
        raise BadRequest("missing field '%s'" % field)
    if value not in allowed:
        raise BadRequest("unknown %s '%s'" % (field, value))
    return value


def obj(req, field):
    value = req.get(field)
    if not isinstance(value, dict):
        raise BadRequest("missing object '%s'" % field)
    return value


def role_list(obj_, field):
    value = obj_.get(field)
    if not isinstance(value, list):
        raise BadRequest("missing array '%s'" % field)
    for r in value:
        if r not in ROLES:
            raise BadRequest("unknown role '%s'" % r)
    return value


def site_roles(party):
    value = party.get("site_roles")
    if value is None:
        value = {}
    if not isinstance(value, dict):
        raise BadRequest("'site_roles' must map site ids to role lists")
    return {site: set(role_list(value, site)) for site in value}


def answer(req):
    kind = req.get("kind")
    if kind == "hello":
        return {"protocol": 1, "name": "python-example"}
    if kind == "access":
        return decide_access(req)
    if kind == "assign":
        return decide_assignment(req)
    raise BadRequest("unknown kind '%s' (known: hello, access, assign)" % kind)


def handle(line):
    try:
        req = json.loads(line)
    except ValueError as e:
        return {"id": None, "error": "not JSON: %s" % e}
    if not isinstance(req, dict):
        return {"id": None, "error": "a request is a JSON object"}
    try:
        reply = answer(req)
    except BadRequest as e:
        reply = {"error": str(e)}
    reply["id"] = req.get("id")
    return reply


def reply_line(line):
    return json.dumps(handle(line))


def main(reply=reply_line):
    """Answers each request line with one reply line, until standard input closes."""
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(reply(line) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
