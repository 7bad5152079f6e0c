package dev.roletck.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Terms the seeds give in their own language (READING.md §1–§8, §9 D8), each with the key it names.
 * The catalog must carry each one verbatim, as the label or as an alias.
 */
public final class SeedTerms {
    private SeedTerms() {}

    public record Term(Locale locale, String text, String key, String seed) {
        @Override public String toString() { return locale.toLanguageTag() + " \"" + text + "\" → " + key + " (" + seed + ")"; }
    }

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Locale DA = Locale.forLanguageTag("da");
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale EN = Locale.ENGLISH;

    public static final List<Term> ALL = List.of(
            // Table A (002 pl, 004 tr)
            new Term(PL, "Administrator z pełnymi uprawnieniami", "role.full_admin", "002"),
            new Term(PL, "Administrator tylko do odczytu", "role.read_only_admin", "002"),
            new Term(PL, "Administrator pomocy", "role.support_admin", "002"),
            new Term(PL, "Administrator użytkowników i urządzeń", "role.user_device_admin", "002"),
            new Term(PL, "Administrator urządzeń", "role.device_admin", "002"),
            new Term(PL, "Oficerowie ds. zgodności", "role.compliance_officer", "002"),
            new Term(PL, "Dostęp do zaawansowanego rozwiązywania problemów", "role.advanced_troubleshooting_access", "002"),
            new Term(TR, "Tam yönetici", "role.full_admin", "004"),
            new Term(TR, "Salt okunur yönetici", "role.read_only_admin", "004"),
            new Term(TR, "Destek yöneticisi", "role.support_admin", "004"),
            new Term(TR, "Kullanıcı ve cihaz yöneticisi", "role.user_device_admin", "004"),
            new Term(TR, "Cihaz yöneticisi", "role.device_admin", "004"),
            new Term(TR, "Uyum görevlileri", "role.compliance_officer", "004"),
            new Term(TR, "Gelişmiş sorun giderme cccess", "role.advanced_troubleshooting_access", "004"),
            new Term(PL, "Dodawanie/usuwanie użytkowników i przypisywanie licencji", "capability.organization_roles.add_delete_users_assign_licenses", "002"),
            new Term(PL, "Dziennik kontrolny działań administratora", "capability.organization_roles.admin_actions_audit_log", "002"),
            new Term(PL, "Powiadomienia e-mail o produktach", "capability.organization_roles.product_email_notifications", "002"),
            new Term(TR, "Analitik ve raporlar", "capability.organization_roles.analytics_and_reports", "004"),
            new Term(TR, "Sorun Giderme", "capability.organization_roles.troubleshooting", "004"),
            new Term(TR, "Devam eden toplantılara katılma erişimi", "capability.organization_roles.access_to_join_in_progress_meetings", "004"),
            new Term(TR, "Ürün e-posta bildirimleri", "capability.organization_roles.product_email_notifications", "004"),
            new Term(PL, "Role w organizacji", "table.organization_roles", "002"),
            // Table B (002 pl, 004 tr)
            new Term(PL, "Administrator witryny Webex", "role.webex_site_admin", "002"),
            new Term(PL, "Administrator użytkowników Webex", "role.webex_user_admin", "002"),
            new Term(PL, "Administrator usługi Webex z uprawnieniami tylko do odczytu", "role.webex_read_only_admin", "002"),
            new Term(TR, "Webex Site Yöneticisi", "role.webex_site_admin", "004"),
            new Term(TR, "Webex Kullanıcı Yöneticisi", "role.webex_user_admin", "004"),
            new Term(TR, "Webex Salt Okunur Yönetici", "role.webex_read_only_admin", "004"),
            new Term(TR, "Toplantı İçeriği Yöneticisi", "role.meeting_content_admin", "004"),
            new Term(TR, "Analizler ve Raporlar", "capability.webex_site_roles.analytics_and_reports", "004"),
            new Term(TR, "Kayıtlar ve transkript*", "capability.webex_site_roles.recordings_and_transcripts", "004"),
            new Term(PL, "Konfiguracja witryny*", "capability.webex_site_roles.site_configuration", "002"),
            new Term(PL, "Tylko dla przypisanych witryn Webex", "scope.assigned_sites_only", "002"),
            new Term(TR, "Yalnızca atanan Webex siteleri için", "scope.assigned_sites_only", "004"),
            new Term(PL, "Role administratora witryny Webex", "table.webex_site_roles", "002"),
            // Table D (002 pl, 004 tr)
            new Term(PL, "Zewnętrzny pełny administrator", "role.full_admin@external", "002"),
            new Term(PL, "Zewnętrzny administrator tylko do odczytu", "role.read_only_admin@external", "002"),
            new Term(PL, "Administrator udostępniający usługę", "role.provisioning_admin", "002"),
            new Term(TR, "Harici Tam Yönetici", "role.full_admin@external", "004"),
            new Term(TR, "Harici Salt Okunur Yönetici", "role.read_only_admin@external", "004"),
            new Term(TR, "Sağlama Yöneticisi", "role.provisioning_admin", "004"),
            new Term(PL, "Zamówienia na rezerwy", "capability.external_admin_roles.provision_orders", "002"),
            new Term(TR, "Tedarik Siparişleri", "capability.external_admin_roles.provision_orders", "004"),
            new Term(TR, "Şirket İlkesi ve Şablonlar", "capability.external_admin_roles.company_policy_and_templates", "004"),
            new Term(TR, "Harici Yöneticiler Ekle", "capability.external_admin_roles.add_external_administrators", "004"),
            new Term(PL, "Za usługi sprzedane przez partnera", "scope.services_sold_by_partner", "002"),
            new Term(TR, "İş ortağının sattığı aboneliğe ait siteler için", "scope.sites_of_subscriptions_sold_by_partner", "004"),
            new Term(PL, "Role administratora zewnętrznego", "table.external_admin_roles", "002"),
            // Table E (002 pl), with the seed's NO-BREAK SPACE
            new Term(PL, "Administrator sprzedaży z\u00a0pełnymi uprawnieniami", "role.full_sales_admin", "002"),
            new Term(PL, "Administrator sprzedaży", "role.sales_admin", "002"),
            new Term(PL, "Rozpoczynanie próbek Webex i zarządzanie nimi", "capability.partner_sales_roles.start_and_manage_trials", "002"),
            new Term(PL, "Wszyscy klienci zarządzani przez organizację partnerską", "scope.all_managed_customers", "002"),
            new Term(PL, "Tylko przypisani klienci", "scope.assigned_customers_only", "002"),
            // Table C1 (000 pl, 001 da, 003 en)
            new Term(PL, "Pełny administrator", "role.full_admin", "000"),
            new Term(PL, "Administrator Contact Center", "role.contact_center_service_admin", "000"),
            new Term(PL, "Administrator konfiguracji", "role.provisioning_admin", "000"),
            new Term(PL, "Administrator z uprawnieniami tylko do odczytu", "role.read_only_admin", "000"),
            new Term(PL, "Organizacja klienta", "relation.customer", "000"),
            new Term(PL, "Organizacja partnerska", "relation.partner", "000"),
            new Term(PL, "Każda inna organizacja", "relation.other", "000"),
            new Term(PL, "nie dotyczy", "access.not_applicable", "000"),
            new Term(PL, "Uprawnienia specyficzne dla centrum kontaktów", "table.contact_center", "000"),
            new Term(DA, "Administrator med fulde rettigheder", "role.full_admin", "001"),
            new Term(DA, "Administrator af kontaktcentertjeneste", "role.contact_center_service_admin", "001"),
            new Term(DA, "Klargøringsadministrator", "role.provisioning_admin", "001"),
            new Term(DA, "Administrator med skrivebeskyttede rettigheder", "role.read_only_admin", "001"),
            new Term(DA, "Supervisor", "role.supervisor", "001"),
            new Term(DA, "Kundeorganisation", "relation.customer", "001"),
            new Term(DA, "Partnerorganisation", "relation.partner", "001"),
            new Term(DA, "Enhver anden organisation", "relation.other", "001"),
            new Term(DA, "Ikke tilgængelig", "access.not_applicable", "001"),
            new Term(DA, "Kontaktcenterspecifikke privilegier", "table.contact_center", "001"),
            new Term(EN, "Full Administrator", "role.full_admin", "003"),
            new Term(EN, "Contact Center Service Administrator", "role.contact_center_service_admin", "003"),
            new Term(EN, "Provisioning Administrator", "role.provisioning_admin", "003"),
            new Term(EN, "Read-only Administrator", "role.read_only_admin", "003"),
            new Term(EN, "Customer Organization", "relation.customer", "003"),
            new Term(EN, "Partner Organization", "relation.partner", "003"),
            new Term(EN, "Any Other Organization", "relation.other", "003"),
            new Term(EN, "Not Applicable", "access.not_applicable", "003"),
            // Table C2 (002 pl, 004 tr)
            new Term(PL, "Administrator usługi centrum kontaktu", "role.contact_center_service_admin", "002"),
            new Term(TR, "Tam Yönetici", "role.full_admin", "004"),
            new Term(TR, "İletişim Merkezi Hizmet Yöneticisi", "role.contact_center_service_admin", "004"),
            new Term(TR, "Salt Okunur Yönetici", "role.read_only_admin", "004"),
            new Term(TR, "Müşteri Organizasyonu", "relation.customer", "004"),
            new Term(TR, "Ortak Kuruluş", "relation.partner", "004"),
            new Term(TR, "Diğer Kuruluşlar", "relation.other", "004"),
            new Term(PL, "ND.", "access.not_applicable", "002"),
            // Table C3 (001 da)
            new Term(DA, "Tildel rollen Administrator af kontaktcentertjeneste til en bruger", "table.contact_center_role_assignment", "001"),
            // Table F (002 pl, 004 tr)
            new Term(PL, "Imię", "column.first_name", "002"),
            new Term(PL, "Nazwisko", "column.last_name", "002"),
            new Term(PL, "Nazwa wyświetlana", "column.display_name", "002"),
            new Term(PL, "Identyfikator/adres e-mail użytkownika", "column.user_id_email", "002"),
            new Term(PL, "Rola administratora", "column.admin_roles", "002"),
            new Term(TR, "Adı/Soyadı", "column.name", "004"),
            new Term(TR, "Kullanıcı Kimliği/E-postası", "column.user_id_email", "004"),
            new Term(TR, "Yönetici Rolü", "column.admin_roles", "004"),
            // Other names of the same roles (READING §9 D8)
            new Term(PL, "Administrator usług kontaktów", "role.contact_center_service_admin", "000"),
            new Term(PL, "administrator obsługi administracyjnej", "role.provisioning_admin", "002"),
            new Term(TR, "yetkilendirme yöneticileri", "role.provisioning_admin", "004"),
            new Term(TR, "Temel Hazırlık Yöneticisi", "role.provisioning_admin", "004"),
            new Term(TR, "Gelişmiş Sorun Giderme Erişimi", "role.advanced_troubleshooting_access", "004"),
            new Term(TR, "Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi", "role.calling_detailed_call_history_api_access", "004"));
}
