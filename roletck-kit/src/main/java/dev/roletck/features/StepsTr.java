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
import io.cucumber.java.tr.Diyelimki;
import io.cucumber.java.tr.Eğerki;
import io.cucumber.java.tr.Ozaman;
import io.cucumber.java.tr.Ve;
import java.util.Locale;
import java.util.Optional;

/** The Turkish sentences of the features, bound to the shared {@link Steps}. */
public class StepsTr extends Steps {
    static final String LABEL = "\"([^\"]*)\"";

    public StepsTr() { super(Locale.forLanguageTag("tr")); }

    @Before public void before(Scenario s) { start(s); }

    @ParameterType(name = "rol", value = LABEL) public Role roleLabel(String t) { return role(t); }
    @ParameterType(name = "iliski", value = LABEL) public Relation relationLabel(String t) { return relation(t); }
    @ParameterType(name = "erisim", value = LABEL) public Access accessLabel(String t) { return access(t); }
    @ParameterType(name = "kapsam", value = LABEL) public Optional<Scope> scopeLabel(String t) { return scope(t); }
    @ParameterType(name = "yetki", value = LABEL) public Capability capabilityLabel(String t) { return capability(t); }
    @ParameterType(name = "tablo", value = LABEL) public Table tableLabel(String t) { return table(t); }
    @ParameterType(name = "kural", value = "(R\\d\\d)") public RuleId ruleLabel(String t) { return rule(t); }

    @Diyelimki("{tablo} tablosu inceleniyor") public void the_table(Table t) { theTable(t); }
    @Diyelimki("yönetilen kuruluş bir müşteri kuruluşu") public void customer_org() { administeredOrganization(OrganizationKind.CUSTOMER); }
    @Diyelimki("yönetilen kuruluş bir iş ortağı kuruluşu") public void partner_org() { administeredOrganization(OrganizationKind.PARTNER); }
    @Diyelimki("kuruluş ilişkisi {iliski} olan bir yöneticinin {rol} rolü var") public void an_administrator(Relation rel, Role r) { administrator(rel, r); }
    @Diyelimki("kuruluş ilişkisi {iliski} olan bir kişinin hiçbir yönetici rolü yok") public void a_person(Relation rel) { personWithoutRole(rel); }
    @Ve("yöneticinin ayrıca {rol} rolü var") public void also(Role r) { administratorAlsoHolds(r); }
    @Ve("yöneticinin {string} sitesinde {rol} rolü var") public void on_site(String site, Role r) { administratorHoldsOnSite(r, site); }
    @Ve("yöneticinin kuruluşunun müşteriyle etkin bir satış ilişkisi var") public void sales() { activeSalesRelationship(); }
    @Ve("yöneticinin Webex Contact Center standart lisansı var") public void licence() { standardContactCenterLicence(); }
    @Ve("kuruluş ilişkisi {iliski} olan bir kullanıcının {rol} rolü var") public void a_user(Relation rel, Role r) { user(rel, r); }
    @Ve("kuruluş ilişkisi {iliski} olan bir kullanıcının hiçbir yönetici rolü yok") public void a_user_without(Relation rel) { userWithoutRole(rel); }
    @Ve("kullanıcının ayrıca {rol} rolü var") public void user_also(Role r) { userAlsoHolds(r); }
    @Ve("kullanıcının {string} sitesinde {rol} rolü var") public void user_on_site(String site, Role r) { userHoldsOnSite(r, site); }
    @Ve("kullanıcının ana kuruluşu tüketici kuruluşu") public void consumer() { userHome(HomeOrganization.CONSUMER); }
    @Ve("kullanıcının ana kuruluşu ücretsiz kendi kendine kaydolunan bir kuruluş") public void free() { userHome(HomeOrganization.FREE_SELF_SIGN_UP); }
    @Ve("kullanıcının ana kuruluşunda Contact Center etkin") public void cc_enabled() { contactCenterEnabledAtHome(); }
    @Ve("{string} sitesi Control Hub tarafından yönetiliyor") public void by_control_hub(String s) { siteManagedBy(s, SiteManagement.CONTROL_HUB); }
    @Ve("{string} sitesi Site Yönetimi tarafından yönetiliyor") public void by_site_admin(String s) { siteManagedBy(s, SiteManagement.SITE_ADMINISTRATION); }
    /* "Eğer ki" asks for the conditional mood: atarsa, kaldırırsa. */
    @Eğerki("yönetici kullanıcıya {rol} rolünü atarsa") public void assigns(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @Eğerki("yönetici kendine {rol} rolünü atarsa") public void assigns_self(Role r) { change(Operation.ASSIGN, r, true, Optional.empty()); }
    @Eğerki("yönetici kullanıcıdan {rol} rolünü kaldırırsa") public void revokes(Role r) { change(Operation.REVOKE, r, false, Optional.empty()); }
    @Eğerki("yönetici kendinden {rol} rolünü kaldırırsa") public void revokes_self(Role r) { change(Operation.REVOKE, r, true, Optional.empty()); }
    @Eğerki("yönetici kullanıcıya {string} sitesinde {rol} rolünü atarsa") public void assigns_on_site(String s, Role r) { change(Operation.ASSIGN, r, false, Optional.of(s)); }
    @Eğerki("yönetici kullanıcıdan {string} sitesinde {rol} rolünü kaldırırsa") public void revokes_on_site(String s, Role r) { change(Operation.REVOKE, r, false, Optional.of(s)); }
    @Eğerki("yönetici site belirtmeden kullanıcıya {rol} rolünü atarsa") public void assigns_no_site(Role r) { change(Operation.ASSIGN, r, false, Optional.empty()); }
    @Ozaman("{yetki} yetkisi için erişim düzeyi {kapsam} kapsamıyla {erisim} olmalı") public void access_scoped(Capability c, Optional<Scope> s, Access a) { accessIs(c, a, s); }
    @Ozaman("{yetki} yetkisi için erişim düzeyi {erisim} olmalı") public void access(Capability c, Access a) { accessIs(c, a, Optional.empty()); }
    @Ozaman("değişikliğe izin verilmeli") public void allowed() { changeIs(Verdict.ALLOWED, Optional.empty()); }
    @Ozaman("{kural} kuralı gereği değişikliğe izin verilmeli") public void allowed_by(RuleId r) { changeIs(Verdict.ALLOWED, Optional.of(r)); }
    @Ozaman("{kural} kuralı gereği değişiklik reddedilmeli") public void refused_by(RuleId r) { changeIs(Verdict.REFUSED, Optional.of(r)); }
    @Ozaman("istek eksik olduğu için reddedilmeli") public void rejected() { requestIsRejected(); }
}
