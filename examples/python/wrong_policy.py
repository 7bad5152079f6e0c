#!/usr/bin/env python3
"""policy.py with one deliberate, realistic bug, to show what RoleTCK catches.

Choose the bug with --bug MODE or the environment variable ROLETCK_BUG=MODE:

  flipped-cell       device admins lose device management (one cell of organization_roles flipped)
  relation-ignored   the admin's relation is ignored: every request is read as the table's first relation
  scope-dropped      scopes are dropped: scoped grants come back unscoped
  first-role-wins    only the first role held counts, instead of the union of all roles
  self-assignment    anyone may assign a role to themself (skips R10, R36, R37 when the target is the actor)
  crash              the process dies on one request (legal hold for a compliance officer)
  hang               the process hangs on one request (site licences for a webex user admin of relation other)
  garbage            the process answers one request with text that is not JSON (supervisor's business hours)
  addon-third-role   an add-on grant (advanced troubleshooting, meeting content) is dropped when three or more roles are held
  unknown-table-none a request naming an unknown table is answered "none" instead of an error
  self-ata-two-roles a full admin holding a second role may give advanced troubleshooting access to themself (R10)
  ids-any-case       ids are read without regard to case ("Full_Admin" is taken for full_admin)
  actor-first-role   of an actor's roles only the first counts in an assignment
"""
import os
import sys
import time

import policy

MODES = ["flipped-cell", "relation-ignored", "scope-dropped", "first-role-wins", "self-assignment",
         "crash", "hang", "garbage", "addon-third-role", "unknown-table-none", "self-ata-two-roles", "ids-any-case",
         "actor-first-role"]
ADD_ONS = {"advanced_troubleshooting_access", "meeting_content_admin"}


def choose_mode(argv):
    mode = os.environ.get("ROLETCK_BUG", "")
    if "--bug" in argv:
        i = argv.index("--bug")
        mode = argv[i + 1] if i + 1 < len(argv) else ""
    if mode not in MODES:
        sys.stderr.write("wrong_policy.py: choose a bug with --bug MODE or ROLETCK_BUG=MODE, one of: %s\n"
                         % ", ".join(MODES))
        sys.exit(2)
    return mode


def install(mode):
    if mode == "flipped-cell":
        right = policy.organization_roles

        def organization_roles(role, capability, relation, held, context):
            if role == "device_admin" and capability == "device_management":
                return policy.NONE, None
            return right(role, capability, relation, held, context)
        policy.TABLES["organization_roles"] = (organization_roles,) + policy.TABLES["organization_roles"][1:]

    elif mode == "relation-ignored":
        right = policy.decide_access

        def decide_access(req):
            relations = policy.TABLES.get(req.get("table"), (None, ["customer"]))[1]
            return right(dict(req, relation=relations[0]))
        policy.decide_access = decide_access

    elif mode == "scope-dropped":
        right = policy.combine
        policy.combine = lambda contributions: right([(access, None) for access, _ in contributions])

    elif mode == "first-role-wins":
        right = policy.decide_access

        def decide_access(req):
            roles = req.get("roles")
            return right(dict(req, roles=roles[:1]) if isinstance(roles, list) else req)
        policy.decide_access = decide_access

    elif mode == "self-assignment":
        right = policy.decide_assignment

        def decide_assignment(req):
            target = req.get("target") or {}
            if req.get("operation") == "assign" and target.get("same_as_actor"):
                actor = req.get("actor") or {}
                if actor.get("roles"):
                    return policy.verdict("allowed", {"R01"})
            return right(req)
        policy.decide_assignment = decide_assignment

    elif mode == "addon-third-role":
        right = policy.decide_access

        def decide_access(req):
            roles = req.get("roles")
            if isinstance(roles, list) and len(roles) >= 3:
                return right(dict(req, roles=[r for r in roles if r not in ADD_ONS]))
            return right(req)
        policy.decide_access = decide_access

    elif mode == "unknown-table-none":
        right = policy.decide_access

        def decide_access(req):
            if req.get("table") not in policy.TABLES:
                return policy.combine([(policy.NONE, None)])
            return right(req)
        policy.decide_access = decide_access

    elif mode == "self-ata-two-roles":
        right = policy.decide_assignment

        def decide_assignment(req):
            target = req.get("target") or {}
            actor_roles = (req.get("actor") or {}).get("roles") or []
            if (req.get("operation") == "assign" and req.get("role") == "advanced_troubleshooting_access"
                    and target.get("same_as_actor") and "full_admin" in actor_roles and len(actor_roles) >= 2):
                return policy.verdict("allowed", {"R01"})
            return right(req)
        policy.decide_assignment = decide_assignment

    elif mode == "ids-any-case":
        right = policy.answer

        def lower(value):
            if isinstance(value, str):
                return value.lower()
            if isinstance(value, list):
                return [lower(v) for v in value]
            if isinstance(value, dict):
                return {k: lower(v) for k, v in value.items()}
            return value
        policy.answer = lambda req: right(lower(req))

    elif mode == "actor-first-role":
        right = policy.decide_assignment

        def decide_assignment(req):
            actor = req.get("actor")
            if isinstance(actor, dict) and isinstance(actor.get("roles"), list):
                return right(dict(req, actor=dict(actor, roles=actor["roles"][:1])))
            return right(req)
        policy.decide_assignment = decide_assignment


def trigger(req, table, capability, roles, relation):
    return (req.get("table") == table and req.get("capability") == capability
            and req.get("roles") == roles and req.get("relation") == relation)


def main():
    mode = choose_mode(sys.argv)
    install(mode)

    def reply(line):
        try:
            req = policy.json.loads(line)
        except ValueError:
            req = None
        if isinstance(req, dict):
            if mode == "crash" and trigger(req, "organization_roles", "legal_hold", ["compliance_officer"], "customer"):
                raise RuntimeError("simulated crash")
            if mode == "hang" and trigger(req, "webex_site_roles", "licenses", ["webex_user_admin"], "other"):
                while True:
                    time.sleep(60)
            if mode == "garbage" and trigger(req, "contact_center", "manage_business_hours", ["supervisor"], "customer"):
                return "OK, full access"
        return policy.reply_line(line)

    policy.main(reply)


if __name__ == "__main__":
    main()
