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
import io.cucumber.java.da.Givet;
import io.cucumber.java.da.Når;
import io.cucumber.java.da.Og;
import io.cucumber.java.da.Så;
import java.util.Locale;
import java.util.Optional;

/** The Danish sentences of the features, bound to the shared {@link Steps}. */
public class StepsDa extends Steps {
    static final String LABEL = "\"([^\"]*)\"";

    public StepsDa() { super(Locale.forLanguageTag("da")); }

    @Before public void before(Scenario s) { start(s); }

    @ParameterType(name = "rolle", value = LABEL) public Role roleLabel(String t) { return role(t); }
    @ParameterType(name = "tilknytning", value = LABEL) public Relation relationLabel(String t) { return relation(t); }
    @ParameterType(name = "adgang", value = LABEL) public Access accessLabel(String t) { return access(t); }
    @ParameterType(name = "omfang", value = LABEL) public Optional<Scope> scopeLabel(String t) { return scope(t); }
    @ParameterType(name = "rettighed", value = LABEL) public Capability capabilityLabel(String t) { return capability(t); }
    @ParameterType(name = "tabel", value = LABEL) public Table tableLabel(String t) { return table(t); }
    @ParameterType(name = "regel", value = "(R\\d\\d)") public RuleId ruleLabel(String t) { return rule(t); }

    @Givet("tabellen {tabel}") public void the_table(Table t) { theTable(t); }
    @Givet("at den administrerede organisation er en kundeorganisation") public void customer_org() { administeredOrganization(OrganizationKind.CUSTOMER); }
    @Givet("at den administrerede organisation er en partnerorganisation") public void partner_org() { administeredOrganization(OrganizationKind.PARTNER); }
    @Givet("en administrator med tilknytningen {tilknytning} og rollen {rolle}") public void an_administrator(Relation rel, Role r) { administrator(rel, r); }
    @Givet("en person med tilknytningen {tilknytning} og ingen administratorrolle") public void a_person(Relation rel) { personWithoutRole(rel); }
    @Og("administratoren har også rollen {rolle}") public void also(Role r) { administratorAlsoHolds(r); }
    @Og("administratoren har rollen {rolle} på webstedet {string}") public void on_site(Role r, String site) { administratorHoldsOnSite(r, site); }
    @Og("administratorens organisation har et aktivt salgsforhold til kunden") public void sales() { activeSalesRelationship(); }
    @Og("administratoren har en standardlicens til Webex Contact Center") public void licence() { standardContactCenterLicence(); }
    @Og("en bruger med tilknytningen {tilknytning} og rollen {rolle}") public void a_user(Relation rel, Role r) { user(rel, r); }
    @Og("en bruger med tilknytningen {tilknytning} og ingen administratorrolle") public void a_user_without(Relation rel) { userWithoutRole(rel); }
    @Og("brugeren har også rollen {rolle}") public void user_also(Role r) { userAlsoHolds(r); }
    @Og("brugeren har rollen {rolle} på webstedet {string}") public void user_on_site(Role r, String site) { userHoldsOnSite(r, site); }
    @Og("brugerens hjemmeorganisation er forbrugerorganisationen") public void consumer() { userHome(HomeOrganization.CONSUMER); }
    @Og("brugerens hjemmeorganisation er en organisation med gratis selvtilmelding") public void free() { userHome(HomeOrganization.FREE_SELF_SIGN_UP); }
    @Og("Contact Center er aktiveret i brugerens hjemmeorganisation") public void cc_enabled() { contactCenterEnabledAtHome(); }
    @Og("webstedet {string} administreres af Control Hub") public void by_control_hub(String s) { siteManagedBy(s, SiteManagement.CONTROL_HUB); }
    @Og("webstedet {string} administreres af Webstedsadministration") public void by_site_admin(String s) { siteManagedBy(s, SiteManagement.SITE_ADMINISTRATION); }
    @Når("administratoren tildeler brugeren rollen {rolle}") public void assigns(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @Når("administratoren tildeler sig selv rollen {rolle}") public void assigns_self(Role r) { change(Operation.ASSIGN, r, true, Optional.empty()); }
    @Når("administratoren fjerner rollen {rolle} fra brugeren") public void revokes(Role r) { change(Operation.REVOKE, r, false, Optional.empty()); }
    @Når("administratoren fjerner rollen {rolle} fra sig selv") public void revokes_self(Role r) { change(Operation.REVOKE, r, true, Optional.empty()); }
    @Når("administratoren tildeler brugeren rollen {rolle} på webstedet {string}") public void assigns_on_site(Role r, String s) { change(Operation.ASSIGN, r, false, Optional.of(s)); }
    @Når("administratoren fjerner rollen {rolle} på webstedet {string} fra brugeren") public void revokes_on_site(Role r, String s) { change(Operation.REVOKE, r, false, Optional.of(s)); }
    @Når("administratoren tildeler brugeren rollen {rolle} uden at angive et websted") public void assigns_no_site(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    /* "Så" puts the verb first (skal adgangen … være); "Og" keeps the word order of a main clause. */
    @Så("skal adgangen til rettigheden {rettighed} være {adgang} med omfanget {omfang}")
    @Og("adgangen til rettigheden {rettighed} skal være {adgang} med omfanget {omfang}")
    public void access_scoped(Capability c, Access a, Optional<Scope> s) { accessIs(c, a, s); }
    @Så("skal adgangen til rettigheden {rettighed} være {adgang}")
    @Og("adgangen til rettigheden {rettighed} skal være {adgang}")
    public void access(Capability c, Access a) { accessIs(c, a, Optional.empty()); }
    @Så("skal ændringen være tilladt") public void allowed() { changeIs(Verdict.ALLOWED, Optional.empty()); }
    @Så("skal ændringen være tilladt efter regel {regel}") public void allowed_by(RuleId r) { changeIs(Verdict.ALLOWED, Optional.of(r)); }
    @Så("skal ændringen afvises efter regel {regel}") public void refused_by(RuleId r) { changeIs(Verdict.REFUSED, Optional.of(r)); }
    @Så("skal anmodningen afvises som ufuldstændig") public void rejected() { requestIsRejected(); }
}
