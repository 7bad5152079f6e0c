# language: en
Feature: Rules of the Webex site roles
  Webex site roles are given site by site, only on sites that Control Hub manages, and a meeting
  content administrator is always a site administrator as well.

  Rule: R11 — Webex site administrator roles are given per site
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:22: “Aby przypisać użytkownika jako administratora witryny
    Webex, obok pozycji Role administratora witryny Webexkliknij przycisk Edytuj i wybierz rolę dla
    każdej witryny Webex, którą użytkownik ma zarządzać.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:30: “Toplantı site yöneticisi rolleri için tıklayın
    Düzenle , yanında Webex Site yönetici rolleri . Ardından, kullanıcının yönetmesini istediğiniz her
    Webex sitesi için roller seçin.”
    READING §10: Webex site admin roles are chosen separately for each Webex site the user should manage
    (site / user / read-only admin per site).

    @R11 @enforced
    Scenario: A site role is given for a named site
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the site "alpha" is managed by Control Hub
      When the administrator assigns "Webex Site Administrator" on the site "alpha" to the user
      Then the change is allowed

    @R11 @enforced
    Scenario: A site role given without a site is an incomplete request
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Webex User Administrator" to the user without naming a site
      Then the request is rejected as incomplete

  Rule: R12 — Site administrator roles only for sites managed by Control Hub
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:185: “Control Hub tarafından yönetilen toplantı
    sitelerindeki kullanıcılara yalnızca Webex sitesi yöneticisi rolleri atayabilirsiniz. Bu roller,
    Site Yönetimi tarafından yönetilen toplantı sitelerini yönetmek için Control Hub'da atanamaz.”
    READING §10: Webex site admin roles can be assigned only for meeting sites managed by Control Hub;
    they cannot be assigned in Control Hub to manage sites administered by Site Administration.

    @R12 @enforced
    Scenario: Site roles are not given on a site that Site Administration manages
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the site "beta" is managed by Site Administration
      When the administrator assigns "Webex Site Administrator" on the site "beta" to the user
      Then the change is refused by R12

    @R12 @enforced
    Scenario: Site roles are given on a site that Control Hub manages
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the site "alpha" is managed by Control Hub
      When the administrator assigns "Webex Read-only Administrator" on the site "alpha" to the user
      Then the change is allowed by R12

  Rule: R13 — Site administrators are limited to their assigned sites, may hold several, and must sign in once
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:176: “Administratorzy witryn sieci Web mają dostęp tylko
    do użytkowników i ustawień witryny Webex, do których są przypisani w centrum sterowania. … Możesz
    przypisać użytkownika jako administratora dla więcej niż jednej witryny Webex.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:187: “Webex sitesi yöneticilerinin yalnızca Control
    Hub'da atandıkları Webex sitesi için kullanıcılara ve ayarlara erişimi vardır. Bir kullanıcıyı
    birden fazla Webex sitesi için yönetici olarak atayabilirsiniz. site yöneticisi rolüne atanan
    kullanıcıların, toplantı sitelerine yönetici erişimi alabilmeleri için, role atandıktan sonra
    Control Hub'da bir kez oturum aç gerekir.”
    READING §10: Site admins can access only users and settings of the sites they are assigned in
    Control Hub; one user can be admin of several sites; (004) a newly assigned site admin must sign in
    to Control Hub once before getting admin access to the meeting sites.

    @R13 @enforced
    Scenario: A site administrator gives site roles on their own site
      Given an administrator from "Customer Organization" who holds "Webex Site Administrator"
      And the administrator holds "Webex Site Administrator" on the site "alpha"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Webex User Administrator" on the site "alpha" to the user
      Then the change is allowed by R13

    @R13 @R01 @enforced
    Scenario: A site administrator gives no roles on a site they are not assigned to
      Given an administrator from "Customer Organization" who holds "Webex Site Administrator"
      And the administrator holds "Webex Site Administrator" on the site "alpha"
      And a user from "Customer Organization" who holds no administrator role
      When the administrator assigns "Webex User Administrator" on the site "gamma" to the user
      Then the change is refused by R01

    @R13 @enforced
    Scenario: A site administrator reaches only the sites assigned to them
      Given the table "Webex site administrator roles"
      And an administrator from "Customer Organization" who holds "Webex Site Administrator"
      Then their access to "Site configuration" is "Full", scope "Only for assigned Webex sites"
      And their access to "User management" is "Full", scope "User settings only"

  Rule: R14 — Site and user administrators manage Meetings settings only for users of their assigned customer organizations
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:178: “Administratorzy witryn Webex i administratorzy
    użytkowników Webex mogą zarządzać ustawieniami związanymi ze spotkaniami Webex tylko dla
    użytkowników w organizacjach klientów, do których są przypisani.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:191: “Webex sitesi yöneticileri ve Webex kullanıcı
    yöneticileri, yalnızca atandıkları müşteri kuruluşlarındaki kullanıcılar için Webex Meetings ile
    ilgili ayarları yönetebilir.”
    READING §10: Webex site admins and Webex user admins manage Webex Meetings settings only for users
    in the customer organizations they are assigned to.
    Not decided from a request (informative): a request does not say which customer organizations a site
    administrator is assigned to.

  Rule: R15 — Site administrators use no Meetings license and get no host privileges
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:181: “Administratorzy witryn Webex nie używają licencji
    Webex Meetings dla witryny Webex, do której są przypisani, ale nie będą mieli żadnych uprawnień
    hosta. Jeśli chcesz, aby administrator witryny Webex miał uprawnienia do hostingu, możesz przypisać
    mu licencję hosta.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:196: “Webex sitesi yöneticileri, atandıkları Webex sitesi
    için Webex Meetings lisansı kullanmazlar ancak toplantı sahibi ayrıcalıklarına sahip olmazlar. Bir
    Webex sitesi yöneticisinin barındırma ayrıcalıklarına sahip olmasını istiyorsanız onlara bir
    toplantı sahibi lisansı atayabilirsiniz.”
    READING §10: A site admin does not consume a Meetings licence on the assigned site but has no host
    privileges; assign a host licence if hosting is needed.
    Assign a host license to a site administrator who should host meetings.
    Not decided from a request (informative): licenses are not part of a role decision.

  Rule: R16 — Rows marked with an asterisk apply only to assigned sites
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:224: “* Tylko dla przypisanych witryn Webex.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:256: “* Yalnızca atanan Webex siteleri için.”
    READING §10: Rows marked * (Licenses, Assign roles, Site configuration, Recordings and transcripts)
    apply only to the Webex sites assigned to the admin.

    @R16 @enforced
    Scenario: The rows marked with an asterisk apply only to the assigned sites
      Given the table "Webex site administrator roles"
      And an administrator from "Partner Organization" who holds "Webex User Administrator"
      Then their access to "Licenses" is "Full", scope "Only for assigned Webex sites"
      And their access to "Assign roles" is "Read-only", scope "Only for assigned Webex sites"
      And their access to "Analytics and reports" is "Read-only", scope "-"

  Rule: R17 — The Meeting Content Administrator requires a site administrator role
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:200: “Webex sitesi yöneticilerinin, API'ler veya bir web
    arabirimi(kayıtlar ve dökümler gibi) aracılığıyla toplantı yapıtlarına erişmesine, almasına ve
    yönetmesine izin vermek istiyorsanız, bunları bir Toplantı İçeriği yöneticisi olarak atamak için bir
    anahtar arasında geçiş yapabilirsiniz. Bu rol, kullanıcıların tüm sitelere erişmelerine izin vermek
    yerine belirli Webex sitelerine ayrıntılı erişime sahip kullanıcılara atamanıza olanak tanır.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:210: “Toplantı İçeriği yönetici rolüne erişebilmesi için
    kullanıcıya bir site için Webex sitesi yöneticisi rollerinden birinin atanması gerekir.”
    READING §10: Meeting Content admin (toggle) lets site admins access/retrieve/manage meeting
    artifacts (recordings, transcripts) via API or web, per site rather than all sites; the user must
    hold one of the Webex site admin roles for a site to get the MCA role.
    Kit ruling (RULINGS §4.8): meeting content administrator is a toggle on a site administrator role of
    the same site; the kit refuses the toggle without such a role, and refuses taking away the last site
    role while the toggle is held.

    @R17 @enforced
    Scenario: A site read-only administrator may be made meeting content administrator of the same site
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the user holds "Webex Read-only Administrator" on the site "alpha"
      When the administrator assigns "Meeting Content Administrator" on the site "alpha" to the user
      Then the change is allowed by R17

    @R17 @enforced
    Scenario: A user without a site role on the site may not be made meeting content administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the user holds "Webex Site Administrator" on the site "beta"
      When the administrator assigns "Meeting Content Administrator" on the site "alpha" to the user
      Then the change is refused by R17

    @R17 @enforced
    Scenario: The last site role under a meeting content administrator cannot be taken away
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Customer Organization" who holds no administrator role
      And the user holds "Webex Site Administrator" on the site "alpha"
      And the user holds "Meeting Content Administrator" on the site "alpha"
      When the administrator revokes "Webex Site Administrator" on the site "alpha" from the user
      Then the change is refused by R17

    @R17 @enforced
    Scenario: The meeting content toggle never lifts a read-only administrator above read-only
      Given the table "Webex site administrator roles"
      And an administrator from "Customer Organization" who holds "Webex Read-only Administrator"
      And the administrator also holds "Meeting Content Administrator"
      Then their access to "User management" is "Read-only", scope "-"
      And their access to "Recordings and transcripts" is "Full", scope "Only for assigned Webex sites"

  Rule: R18 — The Webex Calling Detailed Call History API access role
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:98: “bu Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi
    rolü, kullanıcının Webex Calling Ayrıntılı Çağrı Geçmişi raporları için veri toplayan REST API
    erişmesine olanak tanır. Bkz. Webex Calling Ayrıntılı Çağrı Geçmişi API belgeleri ayrıntılar için.”
    READING §10: This role lets the user call the REST API that collects data for Webex Calling Detailed
    Call History reports.
    The role lets a user call the REST API that collects the data of the detailed call history reports.
    Not decided from a request (informative): no privilege table lists the role.

  Rule: R19 — The Webex Events administrator role
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:310: “Webex Events yönetici rolü, Webex Events'e (eski
    adıyla Socio) erişime sahiptir ve diğerlerine erişim verebilir.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:317: “(Bu özel role sahip olmayan yöneticiler, etkin
    olmayan bir düğme görür)”
    READING §10: The Webex Events admin role gives access to Webex Events (formerly Socio) and can grant
    access to others (l.312-315: holders see Services > Events and can launch the Webex Events portal);
    admins without this role see a disabled button.
    The role gives access to Webex Events and may give others access to it; administrators without it
    see a disabled button.
    Not decided from a request (informative): no privilege table lists the role.
