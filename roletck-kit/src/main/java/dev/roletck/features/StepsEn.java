package dev.roletck.features;

import dev.roletck.model.Access;
import dev.roletck.model.Capability;
import dev.roletck.model.HomeOrganization;
import dev.roletck.model.Operation;
import dev.roletck.model.OrganizationKind;
import dev.roletck.model.Relation;
import dev.roletck.model.Role;
import dev.roletck.model.RuleId;
import dev.roletck.model.Scope;
import dev.roletck.model.SiteManagement;
import dev.roletck.model.Table;
import dev.roletck.model.Verdict;
import io.cucumber.java.Before;
import io.cucumber.java.ParameterType;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;
import java.util.Optional;

/** The English sentences of the features, bound to the shared {@link Steps}. */
public class StepsEn extends Steps {
    static final String LABEL = "\"([^\"]*)\"";

    public StepsEn() { super(Locale.ENGLISH); }

    @Before public void before(Scenario s) { start(s); }

    @ParameterType(name = "role", value = LABEL) public Role roleLabel(String t) { return role(t); }
    @ParameterType(name = "relation", value = LABEL) public Relation relationLabel(String t) { return relation(t); }
    @ParameterType(name = "access", value = LABEL) public Access accessLabel(String t) { return access(t); }
    @ParameterType(name = "scope", value = LABEL) public Optional<Scope> scopeLabel(String t) { return scope(t); }
    @ParameterType(name = "capability", value = LABEL) public Capability capabilityLabel(String t) { return capability(t); }
    @ParameterType(name = "table", value = LABEL) public Table tableLabel(String t) { return table(t); }
    @ParameterType(name = "rule", value = "(R\\d\\d)") public RuleId ruleLabel(String t) { return rule(t); }

    @Given("the table {table}") public void the_table(Table t) { theTable(t); }
    @Given("the administered organization is a customer organization") public void customer_org() { administeredOrganization(OrganizationKind.CUSTOMER); }
    @Given("the administered organization is a partner organization") public void partner_org() { administeredOrganization(OrganizationKind.PARTNER); }
    @Given("an administrator from {relation} who holds {role}") public void an_administrator(Relation rel, Role r) { administrator(rel, r); }
    @Given("a person from {relation} who holds no administrator role") public void a_person(Relation rel) { personWithoutRole(rel); }
    @And("the administrator also holds {role}") public void also(Role r) { administratorAlsoHolds(r); }
    @And("the administrator holds {role} on the site {string}") public void on_site(Role r, String site) { administratorHoldsOnSite(r, site); }
    @And("the administrator's organization has an active sales relationship with the customer") public void sales() { activeSalesRelationship(); }
    @And("the administrator has a Webex Contact Center standard licence") public void licence() { standardContactCenterLicence(); }
    @And("a user from {relation} who holds {role}") public void a_user(Relation rel, Role r) { user(rel, r); }
    @And("a user from {relation} who holds no administrator role") public void a_user_without(Relation rel) { userWithoutRole(rel); }
    @And("the user also holds {role}") public void user_also(Role r) { userAlsoHolds(r); }
    @And("the user holds {role} on the site {string}") public void user_on_site(Role r, String site) { userHoldsOnSite(r, site); }
    @And("the user's home organization is the consumer organization") public void consumer() { userHome(HomeOrganization.CONSUMER); }
    @And("the user's home organization is a free self-sign-up organization") public void free() { userHome(HomeOrganization.FREE_SELF_SIGN_UP); }
    @And("Contact Center is enabled in the user's home organization") public void cc_enabled() { contactCenterEnabledAtHome(); }
    @And("the site {string} is managed by Control Hub") public void by_control_hub(String s) { siteManagedBy(s, SiteManagement.CONTROL_HUB); }
    @And("the site {string} is managed by Site Administration") public void by_site_admin(String s) { siteManagedBy(s, SiteManagement.SITE_ADMINISTRATION); }

    @When("the administrator assigns {role} to the user") public void assigns(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @When("the administrator assigns {role} to themself") public void assigns_self(Role r) { change(Operation.ASSIGN, r, true, Optional.empty()); }
    @When("the administrator revokes {role} from the user") public void revokes(Role r) { change(Operation.REVOKE, r, false, Optional.empty()); }
    @When("the administrator revokes {role} from themself") public void revokes_self(Role r) { change(Operation.REVOKE, r, true, Optional.empty()); }
    @When("the administrator assigns {role} on the site {string} to the user") public void assigns_on_site(Role r, String s) { change(Operation.ASSIGN, r, false, Optional.of(s)); }
    @When("the administrator revokes {role} on the site {string} from the user") public void revokes_on_site(Role r, String s) { change(Operation.REVOKE, r, false, Optional.of(s)); }
    @When("the administrator assigns {role} to the user without naming a site") public void assigns_no_site(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }

    @Then("their access to {capability} is {access}, scope {scope}") public void access_scoped(Capability c, Access a, Optional<Scope> s) { accessIs(c, a, s); }
    @Then("their access to {capability} is {access}") public void access(Capability c, Access a) { accessIs(c, a, Optional.empty()); }
    @Then("the change is allowed") public void allowed() { changeIs(Verdict.ALLOWED, Optional.empty()); }
    @Then("the change is allowed by {rule}") public void allowed_by(RuleId r) { changeIs(Verdict.ALLOWED, Optional.of(r)); }
    @Then("the change is refused by {rule}") public void refused_by(RuleId r) { changeIs(Verdict.REFUSED, Optional.of(r)); }
    @Then("the request is rejected as incomplete") public void rejected() { requestIsRejected(); }
}
