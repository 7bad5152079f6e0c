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
import io.cucumber.java.pl.Gdy;
import io.cucumber.java.pl.Oraz;
import io.cucumber.java.pl.Wtedy;
import io.cucumber.java.pl.Zakładając;
import java.util.Locale;
import java.util.Optional;

/** The Polish sentences of the features, bound to the shared {@link Steps}. */
public class StepsPl extends Steps {
    static final String LABEL = "\"([^\"]*)\"";

    public StepsPl() { super(Locale.forLanguageTag("pl")); }

    @Before public void before(Scenario s) { start(s); }

    @ParameterType(name = "rola", value = LABEL) public Role roleLabel(String t) { return role(t); }
    @ParameterType(name = "relacja", value = LABEL) public Relation relationLabel(String t) { return relation(t); }
    @ParameterType(name = "dostep", value = LABEL) public Access accessLabel(String t) { return access(t); }
    @ParameterType(name = "zakres", value = LABEL) public Optional<Scope> scopeLabel(String t) { return scope(t); }
    @ParameterType(name = "uprawnienie", value = LABEL) public Capability capabilityLabel(String t) { return capability(t); }
    @ParameterType(name = "tabela", value = LABEL) public Table tableLabel(String t) { return table(t); }
    @ParameterType(name = "regula", value = "(R\\d\\d)") public RuleId ruleLabel(String t) { return rule(t); }

    @Zakładając("mowa o tabeli {tabela}") public void the_table(Table t) { theTable(t); }
    @Zakładając("administrowana organizacja jest organizacją klienta") public void customer_org() { administeredOrganization(OrganizationKind.CUSTOMER); }
    @Zakładając("administrowana organizacja jest organizacją partnerską") public void partner_org() { administeredOrganization(OrganizationKind.PARTNER); }
    @Zakładając("administrator z organizacji typu {relacja} ma rolę {rola}") public void an_administrator(Relation rel, Role r) { administrator(rel, r); }
    @Zakładając("osoba z organizacji typu {relacja} nie ma żadnej roli administratora") public void a_person(Relation rel) { personWithoutRole(rel); }
    @Oraz("administrator ma również rolę {rola}") public void also(Role r) { administratorAlsoHolds(r); }
    @Oraz("administrator ma rolę {rola} w witrynie {string}") public void on_site(Role r, String site) { administratorHoldsOnSite(r, site); }
    @Oraz("organizacja administratora ma aktywną relację sprzedażową z klientem") public void sales() { activeSalesRelationship(); }
    @Oraz("administrator ma standardową licencję Webex Contact Center") public void licence() { standardContactCenterLicence(); }
    @Oraz("użytkownik z organizacji typu {relacja} ma rolę {rola}") public void a_user(Relation rel, Role r) { user(rel, r); }
    @Oraz("użytkownik z organizacji typu {relacja} nie ma żadnej roli administratora") public void a_user_without(Relation rel) { userWithoutRole(rel); }
    @Oraz("użytkownik ma również rolę {rola}") public void user_also(Role r) { userAlsoHolds(r); }
    @Oraz("użytkownik ma rolę {rola} w witrynie {string}") public void user_on_site(Role r, String site) { userHoldsOnSite(r, site); }
    @Oraz("organizacją macierzystą użytkownika jest organizacja konsumencka") public void consumer() { userHome(HomeOrganization.CONSUMER); }
    @Oraz("organizacją macierzystą użytkownika jest organizacja z bezpłatną samodzielną rejestracją") public void free() { userHome(HomeOrganization.FREE_SELF_SIGN_UP); }
    @Oraz("w organizacji macierzystej użytkownika włączono Contact Center") public void cc_enabled() { contactCenterEnabledAtHome(); }
    @Oraz("witryną {string} zarządza Control Hub") public void by_control_hub(String s) { siteManagedBy(s, SiteManagement.CONTROL_HUB); }
    @Oraz("witryną {string} zarządza Administracja witryny") public void by_site_admin(String s) { siteManagedBy(s, SiteManagement.SITE_ADMINISTRATION); }
    @Gdy("administrator przypisze użytkownikowi rolę {rola}") public void assigns(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @Gdy("administrator przypisze sobie rolę {rola}") public void assigns_self(Role r) { change(Operation.ASSIGN, r, true, Optional.empty()); }
    @Gdy("administrator odbierze użytkownikowi rolę {rola}") public void revokes(Role r) { change(Operation.REVOKE, r, false, Optional.empty()); }
    @Gdy("administrator odbierze sobie rolę {rola}") public void revokes_self(Role r) { change(Operation.REVOKE, r, true, Optional.empty()); }
    @Gdy("administrator przypisze użytkownikowi rolę {rola} w witrynie {string}") public void assigns_on_site(Role r, String s) { change(Operation.ASSIGN, r, false, Optional.of(s)); }
    @Gdy("administrator odbierze użytkownikowi rolę {rola} w witrynie {string}") public void revokes_on_site(Role r, String s) { change(Operation.REVOKE, r, false, Optional.of(s)); }
    @Gdy("administrator przypisze użytkownikowi rolę {rola}, nie wskazując witryny") public void assigns_no_site(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @Wtedy("poziom dostępu do funkcji {uprawnienie} wynosi {dostep} w zakresie {zakres}") public void access_scoped(Capability c, Access a, Optional<Scope> s) { accessIs(c, a, s); }
    @Wtedy("poziom dostępu do funkcji {uprawnienie} wynosi {dostep}") public void access(Capability c, Access a) { accessIs(c, a, Optional.empty()); }
    @Wtedy("zmiana jest dozwolona") public void allowed() { changeIs(Verdict.ALLOWED, Optional.empty()); }
    @Wtedy("zmiana jest dozwolona na mocy reguły {regula}") public void allowed_by(RuleId r) { changeIs(Verdict.ALLOWED, Optional.of(r)); }
    @Wtedy("zmiana zostaje odrzucona na mocy reguły {regula}") public void refused_by(RuleId r) { changeIs(Verdict.REFUSED, Optional.of(r)); }
    @Wtedy("żądanie zostaje odrzucone jako niekompletne") public void rejected() { requestIsRejected(); }
}
