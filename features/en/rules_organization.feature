# language: en
Feature: Rules of the organization roles
  How administrators of a customer organization come to hold their roles, and what the prose around
  the organization roles table says beyond the table.

  Rule: R01 — A full administrator may assign one or more roles to any user of the organization
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:3: “Dzięki pełnym uprawnieniom administratora możesz
    przypisać jedną lub więcej ról dowolnemu użytkownikowi w organizacji.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:88: “Jeśli masz pełne uprawnienia administratora, możesz
    przypisać jedną lub więcej ról dowolnemu użytkownikowi w organizacji.”
    READING §10: A full administrator can assign one or more administrator roles to any user of the
    organization.

    @R01 @enforced
    Scenario: A full administrator may give any role to any user of the organization
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Support Administrator" to the user
      Then the change is allowed by R01

    @R01 @enforced
    Scenario: An external full administrator may give roles to users of the organization too
      Given an administrator from "Partner Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Device Administrator" to the user
      Then the change is allowed by R01

    @R01 @enforced
    Scenario: A device administrator may not give roles
      Given an administrator from "Customer Organization" who holds "Device Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Support Administrator" to the user
      Then the change is refused by R01

  Rule: R02 — The first full administrator comes from the partner organization; new users have no administrator privileges
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:90: “Po pierwszym skonfigurowaniu konta administrator z
    organizacji partnerskiej staje się pełnym administratorem organizacji i może skonfigurować
    dodatkowych administratorów. Domyślnie dodawani użytkownicy nie mają żadnych uprawnień
    administracyjnych.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:91: “Hesabınız ilk kez Kurulum, ortak kuruluştan
    yönetici, kuruluşunuzun tam yöneticisi olur ve ek yöneticiler Kurulum .”
    READING §10: When the account is first set up, the partner-org administrator becomes the org's full
    administrator and can add administrators; users added later have no administrative privileges by
    default.
    Kit ruling (RULINGS §4.6): an administrator without any role has no access wherever the table
    applies to their organization.

    @R02 @enforced
    Scenario: A user added to the organization starts without administrator privileges
      Given the table "Organization roles"
      And a person from "Customer Organization" who holds no administrator role
      Then their access to "Device management" is "None"
      And their access to "Analytics and reports" is "None"

    @R02 @enforced
    Scenario: A user without an administrator role gives no roles
      Given a person from "Customer Organization" who holds no administrator role
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is refused by R02

  Rule: R03 — Best practice: more than one full administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:5: “Zawsze będziesz chciał mieć więcej niż jednego
    administratora w organizacji. Jest to najlepsza praktyka i zawsze umożliwia dokonywanie zmian
    administracyjnych, jeśli jeden z administratorów nie jest dostępny.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:1: “Yönetim sorumluluklarını kuruluşunuz içinde
    paylaşmanızı öneririz. Küçük kuruluşlarda bile, kullanılabilirliği sağlamak için tam yönetici rolüne
    sahip birden fazla kişi olmalıdır.”
    READING §10: Keep more than one (full) administrator so the org stays administrable (advice, not an
    enforced constraint).
    An organization should always have more than one full administrator, so that administrative changes
    can be made when one of them is away.
    Not decided from a request (advisory): it is advice about the whole list of administrators, not a
    decision on one request.

  Rule: R04 — Kinds of customer organization administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:3: “Administratorami klientów mogą być pełnoprawni
    administratorzy, administratorzy pomocy technicznej, administratorzy użytkowników i urządzeń,
    administratorzy urządzeń, administratorzy tylko do odczytu lub urzędnicy ds. zgodności.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:7: “Specjaliści ds. zgodności mogą szukać konkretnych osób
    w Twojej firmie, znajdować treści, które udostępnili, lub przeszukiwać określoną przestrzeń, a
    następnie generować raport z ich odkryciami.”
    READING §10: Customer admins can be full, support, user-and-device, device, read-only admins or
    compliance officers; a compliance officer accesses user-generated content for legal/compliance
    purposes; a support admin sees analytics and troubleshooting data.
    Customer administrators are full, support, user and device, device and read-only administrators and
    compliance officers. A compliance officer reaches user-generated content for legal purposes; a
    support administrator sees meeting analytics and troubleshooting information.
    Not decided from a request (informative): it describes the roles; the organization roles table
    states what each may do.

  Rule: R05 — The organization roles table lists only organization-wide roles
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:93: “W tej tabeli wymieniono tylko ogólne role
    administracyjne.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:103: “Bu tablo yalnızca kuruluş çapındaki yönetim
    rollerini listeler.”
    READING §10: The organization-roles table covers only org-wide roles; service roles (Webex site
    admin, Contact Center admin) are described separately.
    Service roles, such as the Webex site administrator roles and the Contact Center roles, are
    described in their own tables.
    Not decided from a request (informative): it describes how the source tables are laid out.

  Rule: R06 — Changing the organization role can affect existing service roles
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:35: “değiştirirseniz organizasyonel mevcut bir
    kullanıcının rolü Hizmetler rol, mevcut hizmet rollerini etkileyebilirsiniz. Kuruluş rolünü
    değiştirirseniz, kullanıcının hizmet rollerini gözden geçirin.”
    READING §10: If you change the organizational role of a user who already has a services role, the
    services roles may be affected; review them.
    After changing the organization role of a user who already holds a service role, review the service
    roles.
    Not decided from a request (informative): it is advice to review roles by hand after a change.

  Rule: R07 — Roles are shown as a comma-separated list or 'None'
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:20: “Kullanıcının yönetici rollerinin (veya "Yok")
    virgülle ayrılmış bir listesi vardır.”
    READING §10: A user's admin roles are shown as a comma-separated list, or 'None'.
    Not decided from a request (informative): it is about how Control Hub displays roles.

  Rule: R08 — Partners assign roles from inside the customer organization
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:9: “Müşterileriniz için birden çok Webex kuruluşunu
    yönetiyorsanız, bkz. Partner Hub'da yönetici rolleri makale.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:15: “(Bir iş ortağıysanız, önce rol atamak istediğiniz
    müşteri kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfa.)”
    READING §10: A partner first opens the customer organization and assigns roles on that org's Users
    page; multi-org partners see the Partner Hub roles article.
    A partner first opens the customer organization, then assigns roles on its Users page.
    Not decided from a request (informative): it describes where in Control Hub roles are assigned.

  Rule: R09 — What Advanced Troubleshooting Access grants
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:167: “Ta rola umożliwia administratorom pełnym,
    administratorom tylko do odczytu i administratorom pomocy technicznej dostęp do strony Live Meeting
    na karcie Rozwiązywanie problemów oraz umożliwia pełnym administratorom dołączanie do toczących się
    spotkań za pomocą jednego kliknięcia przycisku.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:173: “Bu rol, tam yöneticilerin, salt okunur
    yöneticilerin ve destek yöneticilerinin Canlı Toplantı sayfasına erişmesine izin verir. sorun
    giderme sekmesini açar ve tam yöneticilerin yalnızca bir düğmeyi tıklatarak Sürüyor eden
    toplantılara katılmasını sağlar.”
    READING §10: The ATA role gives full, read-only and support administrators access to the Live
    Meeting page under Troubleshooting, and lets full administrators join in-progress meetings with one
    click.
    Kit ruling (RULINGS §4.8): advanced troubleshooting access grants nothing on its own; it counts
    together with the roles the seed names.

    @R09 @enforced
    Scenario: Advanced troubleshooting access lets full administrators join meetings in progress
      Given the table "Organization roles"
      And an administrator from "Customer Organization" who holds "Full Administrator"
      And the administrator also holds "Advanced Troubleshooting Access"
      Then their access to "Access to join in-progress meetings" is "Full"
      And their access to "Access to live meetings" is "Full"

    @R09 @enforced
    Scenario: Advanced troubleshooting access opens the live meeting page to a read-only administrator, but no meeting
      Given the table "Organization roles"
      And an administrator from "Customer Organization" who holds "Read-only Administrator"
      And the administrator also holds "Advanced Troubleshooting Access"
      Then their access to "Access to live meetings" is "Full"
      And their access to "Access to join in-progress meetings" is "None"

  Rule: R10 — Advanced Troubleshooting Access: who may hold it, who may assign it, no self-assignment
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:172: “Pełnoprawni administratorzy mogą przypisać rolę
    Zaawansowany dostęp do rozwiązywania problemów innemu administratorowi pełnemu, administratorowi
    tylko do odczytu lub administratorowi pomocy technicznej w swojej organizacji. Administratorzy pełni
    nie mogą przypisać sobie roli Zaawansowany dostęp do rozwiązywania problemów. Inny pełny
    administrator musi przypisać im rolę.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:180: “Tam yöneticiler, kuruluşlarındaki başka bir tam
    yöneticiye, salt okunur yöneticiye veya destek yöneticisine Gelişmiş Sorun Giderme Erişimi rolünü
    atayabilir. Tam yöneticiler, Gelişmiş Sorun Giderme Erişimi rolünü kendilerine atayamaz. Başka bir
    tam yöneticinin rolü onlara ataması gerekir.”
    READING §10: A full admin may assign ATA to another full, read-only or support admin in the same
    org; full admins cannot assign ATA to themselves - another full admin must do it. (Implied: ATA
    holders are full/read-only/support admins only.)

    @R10 @enforced
    Scenario: A full administrator cannot give themself advanced troubleshooting access
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      When the administrator assigns "Advanced Troubleshooting Access" to themself
      Then the change is refused by R10

    @R10 @enforced
    Scenario: Another full administrator gives it to them
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Full Administrator"
      When the administrator assigns "Advanced Troubleshooting Access" to the user
      Then the change is allowed by R10

    @R10 @enforced
    Scenario: A support administrator may hold advanced troubleshooting access
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Support Administrator"
      When the administrator assigns "Advanced Troubleshooting Access" to the user
      Then the change is allowed by R10

    @R10 @enforced
    Scenario: A device administrator may not hold advanced troubleshooting access
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds "Device Administrator"
      When the administrator assigns "Advanced Troubleshooting Access" to the user
      Then the change is refused by R10

  Rule: R50 — CSV export of the administrator list
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:42: “Możesz wyeksportować pełną lub przefiltrowaną listę
    administratorów w organizacji jako plik CSV, aby zarządzać nimi zbiorczo.”
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:74: “Wybierz kartę Administratorzy lub Administratorzy
    zewnętrzni.”
    READING §10: The full or filtered admin list can be exported as CSV (from the Administrators or
    External administrators tab in 002; from the filtered Users list in 004); the file downloads
    automatically when ready; wait for the download before changing the filter, otherwise the file
    contains the updated filter. Columns: 002 = First name, Last name, Display name, User ID/email,
    Admin role; 004 = First/Last name, User ID/Email, Admin Role (comma-separated list).
    The full or the filtered list of administrators can be exported; the file names each administrator
    with their user ID or email and their administrator roles.
    Not decided from a request (informative): it is about exporting a list, not about a decision.

  Rule: R51 — Filtering users by role
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:30: “Na przykład, jeśli chcesz zobaczyć listę urzędników
    ds. zgodności w organizacji, możesz użyć listy rozwijanej, aby wyświetlić tylko urzędników ds.
    Zgodności.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:51: “Bu eylem, yalnızca seçilen rollere sahip
    kullanıcıları göstermek için kullanıcı listesi günceller.”
    READING §10: The user list can be filtered by admin role (e.g. only compliance officers); filtering
    updates the list to users holding the selected roles.
    Not decided from a request (informative): it is about how Control Hub lists users.
