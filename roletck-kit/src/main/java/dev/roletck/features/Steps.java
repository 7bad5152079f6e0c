package dev.roletck.features;

import dev.roletck.suite.NoAnswerException;
import dev.roletck.api.AccessDecision;
import dev.roletck.api.AccessRequest;
import dev.roletck.api.Actor;
import dev.roletck.api.AssignmentDecision;
import dev.roletck.api.AssignmentRequest;
import dev.roletck.api.BadRequestException;
import dev.roletck.api.Context;
import dev.roletck.api.Grant;
import dev.roletck.api.Site;
import dev.roletck.api.Target;
import dev.roletck.matrix.Cell;
import dev.roletck.matrix.RuleSpec;
import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.CcLicense;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RoleSet;
import dev.roletck.model.RuleId;
import dev.roletck.model.RuleStatus;
import dev.roletck.model.Scope;
import dev.roletck.model.SiteManagement;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import io.cucumber.java.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one step logic of every language. The subclasses {@code StepsEn}, {@code StepsPl},
 * {@code StepsDa} and {@code StepsTr} only bind their sentences and parameter types to these
 * methods; Cucumber creates one instance per scenario, so the fields are the scenario's state.
 *
 * <p>Each check puts three independent statements side by side: the feature (what a person wrote),
 * the matrices, and the policy under test. A check passes only when all three agree.
 */
abstract class Steps {
    private final Locale locale;
    private Sources sources;
    private Vocabulary vocabulary;
    private Scenario scenario;

    private Table table;
    private OrganizationKind organization = OrganizationKind.CUSTOMER;
    private Relation actorRelation;
    private Role subjectRole;
    private RoleSet actorRoles = RoleSet.EMPTY;
    private final Map<String, RoleSet> actorSiteRoles = new HashMap<>();
    private boolean activeSalesRelationship;
    private Optional<CcLicense> licence = Optional.empty();

    private Relation targetRelation;
    private RoleSet targetRoles = RoleSet.EMPTY;
    private final Map<String, RoleSet> targetSiteRoles = new HashMap<>();
    private HomeOrganization home = HomeOrganization.ORDINARY;
    private boolean contactCenterEnabled;
    private final Map<String, SiteManagement> sites = new HashMap<>();

    private Supplier<AssignmentRequest> request;
    /** The request in words, formatted only when a step fails and says it. */
    private java.util.function.Supplier<String> requestText = () -> "";

    Steps(Locale locale) {
        this.locale = locale;
    }

    // ---- scenario and labels ----

    final void start(Scenario s) {
        this.scenario = s;
        this.sources = Sources.current();
        this.vocabulary = new Vocabulary(sources.catalog(), locale);
    }

    private String where(String text) {
        return Where.of(scenario.getUri(), scenario.getLine(), text);
    }

    private <T> T label(String text, Supplier<T> resolve) {
        try {
            return resolve.get();
        } catch (Vocabulary.UnknownLabelException e) {
            throw new FeatureFailure(where(e.label()) + ": " + e.getMessage());
        }
    }

    final Role role(String text) { return label(text, () -> vocabulary.role(text)); }

    final Relation relation(String text) { return label(text, () -> vocabulary.relation(text)); }

    final Access access(String text) { return label(text, () -> vocabulary.access(text)); }

    final Optional<Scope> scope(String text) { return label(text, () -> vocabulary.scope(text)); }

    final Table table(String text) { return label(text, () -> vocabulary.table(text)); }

    final RuleId rule(String text) {
        return RuleId.fromId(text).orElseThrow(() -> fail(text, "unknown_rule", Map.of("rule", text)));
    }

    /** Capabilities are resolved within the table the background names. */
    final Capability capability(String text) {
        if (table == null) throw fail(text, "capability_before_table", Map.of("label", text));
        return label(text, () -> vocabulary.capability(table, text));
    }

    // ---- givens ----

    final void theTable(Table t) { this.table = t; }

    final void administeredOrganization(OrganizationKind kind) { this.organization = kind; }

    final void administrator(Relation relation, Role role) {
        this.actorRelation = relation;
        this.subjectRole = role;
        this.actorRoles = RoleSet.of(role);
    }

    final void personWithoutRole(Relation relation) {
        this.actorRelation = relation;
        this.subjectRole = null;
        this.actorRoles = RoleSet.EMPTY;
    }

    final void administratorAlsoHolds(Role role) {
        requireActor();
        actorRoles = actorRoles.with(role);
    }

    final void administratorHoldsOnSite(Role role, String site) {
        requireActor();
        actorSiteRoles.merge(site, RoleSet.of(role), (a, b) -> new RoleSet(a.bits() | b.bits()));
    }

    final void activeSalesRelationship() { this.activeSalesRelationship = true; }

    final void standardContactCenterLicence() { this.licence = Optional.of(CcLicense.STANDARD); }

    final void user(Relation relation, Role role) {
        this.targetRelation = relation;
        this.targetRoles = RoleSet.of(role);
    }

    final void userWithoutRole(Relation relation) {
        this.targetRelation = relation;
        this.targetRoles = RoleSet.EMPTY;
    }

    final void userAlsoHolds(Role role) {
        requireTarget();
        targetRoles = targetRoles.with(role);
    }

    final void userHoldsOnSite(Role role, String site) {
        requireTarget();
        targetSiteRoles.merge(site, RoleSet.of(role), (a, b) -> new RoleSet(a.bits() | b.bits()));
    }

    final void userHome(HomeOrganization kind) { this.home = kind; }

    final void contactCenterEnabledAtHome() { this.contactCenterEnabled = true; }

    final void siteManagedBy(String site, SiteManagement by) { sites.put(site, by); }

    private void requireActor() {
        if (actorRelation == null) throw fail(null, "role_before_administrator", Map.of());
    }

    private void requireTarget() {
        if (targetRelation == null) throw fail(null, "role_before_user", Map.of());
    }

    // ---- whens ----

    final void change(Operation operation, Role role, boolean toThemself, Optional<String> site) {
        requireActor();
        if (!toThemself) requireTarget();
        this.requestText = () -> message("request", Map.of("operation", operation, "role", role,
                "hasSite", site.isPresent() ? "yes" : "no", "site", site.orElse(""), "self", toThemself ? "yes" : "no"));
        this.request = () -> {
            Actor actor = new Actor(actorRoles, actorSiteRoles, actorRelation, activeSalesRelationship);
            Target target = toThemself
                    ? new Target(true, actorRoles, actorSiteRoles, actorRelation, home, contactCenterEnabled)
                    : new Target(false, targetRoles, targetSiteRoles, targetRelation, home, contactCenterEnabled);
            Optional<Site> theSite = site.map(s -> new Site(s, sites.getOrDefault(s, SiteManagement.CONTROL_HUB)));
            return new AssignmentRequest(operation, actor, organization, role, theSite, target);
        };
    }

    // ---- thens: access ----

    /** The access the roles held give to one capability: feature, matrices and policy must agree. */
    final void accessIs(Capability capability, Access access, Optional<Scope> scope) {
        requireActor();
        Context context = licence.map(Context::ccLicense).orElse(Context.EMPTY);
        List<Scope> scopes = scope.map(List::of).orElse(List.of());
        if (subjectRole != null && capability.table().lists(subjectRole) && capability.table().declares(actorRelation)) {
            Coverage.record(locale.getLanguage(), capability, subjectRole, actorRelation);
        }
        // the three statements are put in words only when they disagree
        AccessDecision m = null;
        String matrix = null;
        boolean matrixAgrees;
        try {
            m = matrixDecision(capability, context);
            matrixAgrees = m.access() == access && m.scopes().equals(scopes);
        } catch (MissingCellException e) {
            matrix = message("no_cell", Map.of("cell", e.getMessage()));
            matrixAgrees = false;
        }
        AccessDecision p = null;
        String policy = null;
        boolean policyAgrees;
        try {
            p = sources.policy().decide(new AccessRequest(capability.table(), capability, actorRoles,
                    actorRelation, context));
            policyAgrees = p.access() == access && p.scopes().equals(scopes);
        } catch (org.opentest4j.TestAbortedException e) {
            throw e; // outside the implementation's scope (FeatureScope): not run, or a known failure
        } catch (RuntimeException e) {
            policy = message("policy_error", Map.of("error", policyError(e)));
            policyAgrees = false;
        }
        if (matrixAgrees && policyAgrees) return;
        String feature = show(access, scopes);
        if (matrix == null) matrix = show(m.access(), m.scopes());
        if (policy == null) policy = show(p.access(), p.scopes());
        String accessLabel = sources.catalog().label("access." + access.id(), locale).text();
        StringBuilder msg = new StringBuilder(message("access_disagrees", Map.of(
                "who", !matrixAgrees && !policyAgrees ? "all" : matrixAgrees ? "policy" : "matrix",
                "capability", capability.qualifiedId(), "roles", actorRoles.toList(), "roleCount", actorRoles.toList().size(), "relation", actorRelation,
                "licence", licence.map(CcLicense::id).orElse("none"))))
                .append(message("access_statements", Map.of("feature", feature, "matrix", matrix, "policy", policy,
                        "policyName", policyName())));
        for (Role r : actorRoles.toList()) {
            cell(capability, r).ifPresent(c -> msg.append(message("cell_source", Map.of("cell", c.id(),
                    "table", c.capability().table().id(), "basis", c.basis(), "confidence", c.confidence(),
                    "seeds", c.seeds()))));
        }
        throw new FeatureFailure(where(accessLabel) + ": " + msg);
    }

    private Optional<Cell> cell(Capability capability, Role role) {
        Table t = capability.table();
        if (!t.lists(role) || !t.declares(actorRelation)) return Optional.empty();
        return Optional.of(sources.spec().matrix(t).cell(capability, role, actorRelation));
    }

    /** The answer the matrices give for the roles held: each role's cell, united (RULINGS §4.6–4.8). */
    private AccessDecision matrixDecision(Capability capability, Context context) {
        Table t = capability.table();
        if (!t.declares(actorRelation)) return AccessDecision.only(Access.NOT_APPLICABLE);
        if (actorRoles.isEmpty()) return AccessDecision.only(Access.NONE);
        List<Grant> grants = new ArrayList<>();
        for (Role r : actorRoles.toList()) {
            if (!t.lists(r)) {
                grants.add(Grant.of(Access.NOT_APPLICABLE));
                continue;
            }
            Cell c = cell(capability, r)
                    .orElseThrow(() -> new MissingCellException(Coverage.cellId(capability, r, actorRelation)));
            grants.add(c.contribution(actorRoles, context));
        }
        return AccessDecision.union(grants);
    }

    /** An access level with its scopes, as ids: the three statements are compared in the words of the matrices. */
    private static String show(Access access, List<Scope> scopes) {
        return access.id() + (scopes.isEmpty() ? "" : " " + scopes.stream().map(Scope::id)
                .collect(Collectors.joining(", ", "[", "]")));
    }

    /** What the policy under test did instead of answering: a fault of its transport in the reader's language, else its own words. */
    private String policyError(RuntimeException e) {
        return e instanceof NoAnswerException n ? n.phrase().render(sources.catalog(), locale) : String.valueOf(e.getMessage());
    }

    /** The name the failures give the policy under test: its class, or the kit's reference policy. */
    private String policyName() {
        return sources.policyName().isEmpty() ? message("reference_policy", Map.of()) : sources.policyName();
    }

    private String message(String name, Map<String, Object> args) {
        return sources.catalog().format("message.feature." + name, args, locale);
    }

    /** A mistake in the feature file, located at {@code text} on the step's line (or at the line). */
    private FeatureFailure fail(String text, String name, Map<String, Object> args) {
        return new FeatureFailure(where(text) + ": " + message(name, args));
    }

    // ---- thens: assignments ----

    final void changeIs(Verdict verdict, Optional<RuleId> rule) {
        checkRuleTags(RuleStatus.ENFORCED);
        // a scenario asserts the rule it illustrates: the rule its verdict names is one of its tags
        if (rule.isPresent() && !scenarioRules().contains(rule.get())) {
            throw fail(rule.get().id(), "rule_not_tagged", Map.of("rule", rule.get().id(),
                    "tags", scenarioRules().stream().map(r -> "@" + r.id()).toList()));
        }
        if (request == null) throw fail(null, "verdict_before_request", Map.of());
        String policy;
        boolean agrees;
        try {
            AssignmentDecision d = sources.policy().decide(request.get());
            agrees = d.verdict() == verdict && rule.map(d.rules()::contains).orElse(true);
            if (agrees) return;
            policy = decision(d);
        } catch (BadRequestException e) {
            policy = message("policy_error", Map.of("error", policyError(e)));
            agrees = false;
        }
        if (agrees) return;
        String feature = message("verdict", Map.of("verdict", verdict, "hasRule", rule.isPresent() ? "yes" : "no",
                "rule", rule.map(RuleId::id).orElse("")));
        throw fail(rule.map(RuleId::id).orElse(null), "change_disagrees", Map.of("request", requestText.get(),
                "roles", actorRoles.toList(), "roleCount", actorRoles.toList().size(), "relation", actorRelation, "feature", feature,
                "rules", scenarioRules().stream().map(this::ruleSource).toList(), "policy", policy,
                "policyName", policyName()));
    }

    private String decision(AssignmentDecision d) {
        return message("decision", Map.of("verdict", d.verdict(), "rules", d.rules().stream().map(RuleId::id).toList(),
                "count", d.rules().size()));
    }

    /** An ill-formed request is an error, never a verdict. */
    final void requestIsRejected() {
        checkRuleTags(RuleStatus.ENFORCED);
        if (request == null) throw fail(null, "error_before_request", Map.of());
        String answer;
        try {
            answer = decision(sources.policy().decide(request.get()));
        } catch (BadRequestException e) {
            return;
        }
        throw fail(null, "should_be_rejected", Map.of("request", requestText.get(), "policy", answer,
                "policyName", policyName()));
    }

    // ---- tags ----

    private Set<RuleId> scenarioRules() {
        Set<RuleId> rules = new TreeSet<>();
        for (String tag : scenario.getSourceTagNames()) RuleId.fromId(tag.substring(1)).ifPresent(rules::add);
        return rules;
    }

    private RuleStatus declaredStatus() {
        List<RuleStatus> declared = new ArrayList<>();
        for (String tag : scenario.getSourceTagNames()) RuleStatus.fromId(tag.substring(1)).ifPresent(declared::add);
        if (declared.size() != 1) {
            throw fail(null, "status_tags", Map.of("found", declared.stream().map(d -> "@" + d.id()).toList(),
                    "count", declared.size()));
        }
        return declared.get(0);
    }

    /** The scenario's rule tags name rules whose status in rules.yaml is the status the scenario declares. */
    private void checkRuleTags(RuleStatus expected) {
        Set<RuleId> rules = scenarioRules();
        if (rules.isEmpty()) throw fail(null, "rule_tag_missing", Map.of());
        RuleStatus declared = declaredStatus();
        for (RuleId r : rules) {
            RuleSpec entry = sources.spec().rule(r);
            if (entry.status() != declared || declared != expected) {
                throw fail(null, "rule_status_mismatch", Map.of("rule", r.id(), "declared", "@" + declared.id(),
                        "checked", declared != expected ? "yes" : "no", "expected", "@" + expected.id(),
                        "source", ruleSource(r)));
            }
        }
    }

    private String ruleSource(RuleId r) {
        RuleSpec e = sources.spec().rule(r);
        return message("rule_source", Map.of("rule", r.id(), "status", e.status(),
                "hasSeeds", e.seeds().isEmpty() ? "no" : "yes", "seeds", e.seeds()));
    }

    private static final class MissingCellException extends RuntimeException {
        MissingCellException(String cell) { super(cell); }
    }
}
