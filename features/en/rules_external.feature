# language: en
Feature: Rules of the external administrators
  Who may become an external administrator of a customer organization, with which roles, and who
  may change those roles.

  Rule: R33 — External administrators: who they are and their three types
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:282: “Możesz dodać każdą osobę spoza organizacji jako
    administratora zewnętrznego. Administratorzy z organizacji partnerskiej są również uważani za
    administratorów zewnętrznych w organizacji. Można również zarządzać uprawnieniami administratora
    zewnętrznego i definiować ich jako zewnętrznych administratorów pełnych, zewnętrznych
    administratorów tylko do odczytu i administratorów obsługujących. Administratorzy aprowizujący są
    dodawani, gdy partner obsługuje zamówienia usług Webex.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:319: “Kuruluşunuzun dışından herhangi birini harici
    yönetici olarak ekleyebilirsiniz. Bir ortak kuruluştaki yöneticiler de kuruluşunuzdaki harici
    yöneticiler olarak kabul edilir. Ayrıca harici yönetici ayrıcalıkları yönetebilir ve bunları harici
    tam yöneticiler, harici salt okunur yöneticiler ve yetkilendirme yöneticileri olarak
    tanımlayabilirsiniz. Bir iş ortağı Webex hizmet siparişlerinizi sağladığında sağlama yöneticileri
    eklenir.”
    READING §10: Anyone outside the org can be added as an external admin; partner-org admins are also
    external admins; types: external full admin, external read-only admin, provisioning admin;
    provisioning admins are added when a partner provisions Webex service orders.
    Anyone from outside the organization may be added as an external administrator; administrators of
    the partner organization are external administrators too. They are full, read-only or provisioning
    administrators; provisioning administrators are added when a partner provisions Webex orders.
    Not decided from a request (informative): the external administrator roles table states what each
    type may do.

  Rule: R34 — External administrators are listed on the External administrators tab
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:287: “Każda osoba spoza organizacji, która ma dostęp do
    centrum sterowania organizacji, jest wyświetlana w sekcji Użytkownicy na karcie Administratorzy
    zewnętrzni.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:324: “Kuruluşunuzun Denetim Merkezi'ne erişimi olan
    kuruluşunuzun dışından herkes şurada gösterilir: Kullanıcılar Harici Yöneticiler sekmesi altındaki
    bölüm.”
    READING §10: Everyone outside the org with access to its Control Hub appears under Users > External
    administrators.
    Not decided from a request (informative): it is about how Control Hub lists administrators.

  Rule: R35 — Read-only access of support staff is revoked automatically
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:289: “Personel pomocy technicznej, który uzyskuje dostęp
    do organizacji, zazwyczaj ma rolę administratora tylko do odczytu. Dostęp administratora tylko do
    odczytu jest automatycznie odwoływany po pewnym czasie. Możesz udzielić lub odmówić dostępu
    administracyjnegokażdemu.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:326: “Kuruluşunuza erişen destek personeli genellikle
    salt okunur yönetici rolüne sahip olacaktır. Salt okunur yönetici erişimi, bir süre sonra otomatik
    olarak iptal edilir. yapabilirsin herhangi birine yönetici erişimi verme veya reddetme .”
    READING §10: Support staff accessing the org usually hold the read-only admin role; read-only admin
    access is revoked automatically after some time; you can grant or deny admin access to anyone.
    Support staff who reach the organization usually hold the read-only administrator role, which is
    revoked automatically after a while.
    Not decided from a request (informative): a request does not carry time.

  Rule: R36 — External administrators cannot add external administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:364: “Administratorzy zewnętrzni nie mogą dodawać
    kolejnych administratorów zewnętrznych do organizacji.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:415: “Harici yöneticiler, kuruluşunuza ek harici
    yöneticiler ekleyemez.”
    READING §10: External administrators cannot add further external administrators to the organization
    (also row 'Add external administrators' = X for all three types).
    Kit ruling (RULINGS §4.3): an external administrator never gives the Contact Center Service
    Administrator role to a user of an external organization.

    @R36 @enforced
    Scenario: An external administrator cannot add another external administrator
      Given an administrator from "Partner Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is refused by R36

    @R36 @enforced
    Scenario: A full administrator of the customer organization adds the external administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is allowed

    @R36 @enforced
    Scenario: No external administrator may add external administrators
      Given the table "External administrator roles"
      And an administrator from "Any Other Organization" who holds "External Full Administrator"
      Then their access to "Add external administrators" is "None"

  Rule: R37 — A selling partner regains provisioning access but cannot make itself full administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:284: “Administratorów zewnętrznych można usunąć z
    organizacji w dowolnym momencie. Dopóki jednak istnieje aktywna relacja sprzedaży między organizacją
    a partnerem, od którego zakupiono usługi, partner ten może odzyskać dostęp do organizacji,
    przypisując sobie rolę administratora obsługującego, co oznacza, że partner zawsze będzie miał
    dostęp do organizacji. Partner nie może przypisać sobie dostępu jako pełny administrator. Jeśli nie
    chcesz, aby partner, od który kupiłeś usługi, miał w ogóle dostęp do Twojej organizacji, musisz
    skontaktować się z partnerem.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:338: “Harici yöneticileri istediğiniz zaman
    kuruluşunuzdan kaldırabilirsiniz. Ancak, kuruluşunuz ile hizmet satın aldığınız iş ortağı arasında
    aktif bir satış ilişkisi olduğu sürece, bu iş ortağı, kendisine Temel Hazırlık Yöneticisi rolünü
    atayarak kuruluşunuza yeniden erişim sağlayabilir; bu, iş ortağının her zaman sizin erişiminize
    sahip olacağı anlamına gelir. organizasyon. İş ortağı, kendisine Tam Yönetici olarak erişim
    atayamaz. Hizmet satın aldığınız iş ortağının kuruluşunuza hiçbir şekilde erişmesini istemiyorsanız,
    iş ortağıyla iletişime geçmelisiniz.”
    READING §10: External admins can be removed at any time, but while an active sales relationship
    exists with the partner that sold the services, that partner can regain access by assigning itself
    the provisioning administrator role (002 'administratora obsługującego', 004 'Temel Hazırlık
    Yöneticisi' are mistranslations of it); the partner cannot assign itself full-admin access; to cut
    the partner off entirely the customer must contact the partner.

    @R37 @enforced
    Scenario: A partner that sold the services takes provisioning access back
      Given a person from "Partner Organization" who holds no administrator role
      And the administrator's organization has an active sales relationship with the customer
      When the administrator assigns "Provisioning Administrator" to themself
      Then the change is allowed by R37

    @R37 @enforced
    Scenario: Without an active sales relationship the partner cannot take it back
      Given a person from "Partner Organization" who holds no administrator role
      When the administrator assigns "Provisioning Administrator" to themself
      Then the change is refused by R37

    @R37 @enforced
    Scenario: A partner cannot make itself full administrator
      Given an administrator from "Partner Organization" who holds "Provisioning Administrator"
      And the administrator's organization has an active sales relationship with the customer
      When the administrator assigns "Full Administrator" to themself
      Then the change is refused by R37

  Rule: R38 — A customer full administrator can change partner roles; the selling partner keeps provisioning access
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:375: “W dowolnym momencie pełny administrator w
    organizacji klienta może zmienić lub usunąć rolę administratora z organizacji partnerskiej. Jeśli
    jednak Twoja organizacja sprzedawała usługi klientowi, zawsze będziesz mieć dostęp do Centrum
    sterowania klienta jako administrator obsługi administracyjnej. Wszyscy administratorzy w
    organizacji partnerskiej będą również nadal mieli dostęp administracyjny do centrum sterowania
    klienta, jeśli co najmniej jeden z nich pozostanie z rolą administratora w organizacji klienta.”
    READING §10: A customer full admin may change or remove the admin role of partner-org admins at any
    time; a partner that sold services to the customer always keeps access as provisioning admin; all
    partner-org admins keep access as long as at least one of them keeps an admin role in the customer
    org.

    @R38 @enforced
    Scenario: A full administrator of the customer organization removes a role of a partner administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds "Provisioning Administrator"
      When the administrator revokes "Provisioning Administrator" from the user
      Then the change is allowed by R38

    @R38 @R01 @enforced
    Scenario: A read-only administrator of the customer organization removes no role of a partner administrator
      Given an administrator from "Customer Organization" who holds "Read-only Administrator"
      And a user from "Partner Organization" who holds "Provisioning Administrator"
      When the administrator revokes "Provisioning Administrator" from the user
      Then the change is refused by R01

  Rule: R39 — Break-glass external administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:330: “SSO ile yapılandırılmış bir kuruluş için SSO düzgün
    çalışmaması gibi acil oturum açma sorunları olması durumunda kuruluşunuza erişmenin bir yolu olarak
    harici yöneticiler atayabilirsiniz.”
    READING §10: External admins can be assigned as an emergency way into an SSO-configured org when SSO
    fails.
    Not decided from a request (informative): it is advice on why to add external administrators.

  Rule: R40 — An external full administrator must sign in once before getting meeting-site access
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:334: “Harici yönetici, toplantı sitelerine yönetici
    erişimi alabilmesi için harici tam yönetici rolüne atandıktan sonra Control Hub'da bir kez oturum aç
    açmalıdır.”
    READING §10: An external admin must sign in to Control Hub once after being given the external
    full-admin role before getting admin access to meeting sites.
    Not decided from a request (informative): a request does not say whether someone has signed in.

  Rule: R41 — Users of free self-sign-up organizations may be external administrators, users of the consumer organization may not
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:424: “Ücretsiz kendi kendine oturum aç kuruluşlardaki
    kullanıcılar, harici yöneticiler olarak eklenebilir. Ancak, tüketici organizasyonunun parçası olan
    kullanıcılar harici yönetici olarak eklenemez. Tüketici organizasyonundaki kullanıcıların
    e-postalarını doğrulamaya çalıştığınızda Control Hub bir hata gösterecektir.”
    READING §10: Users of free self-sign-up orgs can be added as external admins; users of the consumer
    org cannot, and Control Hub shows an error when verifying their e-mail.

    @R41 @enforced
    Scenario: A user of the consumer organization cannot be an external administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      And the user's home organization is the consumer organization
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is refused by R41

    @R41 @enforced
    Scenario: A user of a free self-sign-up organization can be an external administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      And the user's home organization is a free self-sign-up organization
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is allowed by R41

  Rule: R42 — Role choices when adding an external administrator
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:444: “Bu kullanıcı, aboneliğinizi yöneten bir ortak
    kuruluşa aitse, Tam yönetici ayrıcalıkları veya yönetici ayrıcalıkları . Başka bir kuruluştan
    geliyorlarsa, şunları seçin:”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:448: “• İletişim Merkezi hizmet yöneticisi (varsa)”
    READING §10: If the user belongs to a partner org that manages the subscription: Full admin
    privileges or Provisioning admin privileges (the Turkish drops the word 'provisioning'); from any
    other org: Full admin, Read-only admin, CCSA (if applicable), Webex site admin (if applicable, then
    full/read-only/user admin per site).
    Kit ruling (RULINGS §4.10): a user of the partner organization is added only as full or provisioning
    administrator; the access tables keep their cells for other roles.

    @R42 @enforced
    Scenario: A user of the partner organization becomes a full or a provisioning administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Provisioning Administrator" to the user
      Then the change is allowed by R42

    @R42 @enforced
    Scenario: A user of the partner organization does not become a read-only administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Partner Organization" who holds no administrator role
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is refused by R42

    @R42 @enforced
    Scenario: A user of any other organization does not become a provisioning administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Provisioning Administrator" to the user
      Then the change is refused by R42

    @R42 @enforced
    Scenario: A user of any other organization does not become a support administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds no administrator role
      When the administrator assigns "Support Administrator" to the user
      Then the change is refused by R42

  Rule: R43 — A full administrator promotes and demotes external administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:456: “Kuruluşunuzun tam yöneticisi olarak, harici
    yöneticiler için yönetici ayrıcalıkları da ayarlayabilirsiniz.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:474: “• Yöneticiyi tam yöneticiye yükseltmek için,
    altında Yönetici rolleri , kontrol et Tam yönetici ayrıcalığı .”
    READING §10: A full admin can adjust external admins' privileges: promote by checking Full
    administrator privilege (also for admins set up read-only); demote to provisioning admin by
    unchecking Full administrator privilege; an admin originally set up read-only and later promoted can
    be demoted back to Read-only administrator privilege.

    @R43 @enforced
    Scenario: A full administrator promotes an external read-only administrator to full administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds "Read-only Administrator"
      When the administrator assigns "Full Administrator" to the user
      Then the change is allowed by R43

    @R43 @enforced
    Scenario: A full administrator demotes an external full administrator to read-only administrator
      Given an administrator from "Customer Organization" who holds "Full Administrator"
      And a user from "Any Other Organization" who holds "Full Administrator"
      When the administrator assigns "Read-only Administrator" to the user
      Then the change is allowed by R43

    @R43 @R01 @enforced
    Scenario: A read-only administrator promotes nobody
      Given an administrator from "Customer Organization" who holds "Read-only Administrator"
      And a user from "Any Other Organization" who holds "Read-only Administrator"
      When the administrator assigns "Full Administrator" to the user
      Then the change is refused by R01

  Rule: R44 — Revoking administrator privileges deletes all records
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:482: “• yönetici ayrıcalıkları tamamen iptal etmek için,
    altında Yönetici ayrıcalığını iptal et , tıklayın Yönetici ayrıcalığını iptal et ve sonra seçin
    ayrıcalığı iptal et .”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:487: “yönetici ayrıcalıkları iptal edilmesi, yöneticinin
    tüm kayıtlarını siler ve eski durumuna getirmek için yeniden eklenmesi gerekir.”
    READING §10: Revoke admin privilege removes the admin completely: all records of the administrator
    are deleted and the person must be added again to be reinstated.
    The administrator must be added again to be reinstated.
    Not decided from a request (informative): records are not part of a role decision.

  Rule: R45 — Assign external administrators as full, read-only or provisioning administrators
    No seed states this rule in English; in the words of the kit (READING §10):
    Seed, in Polish, 002_eb43fb2dbe00fd3d.txt:366: “Przypisz administratorów zewnętrznych jako
    administratorów pełnych, tylko do odczytu lub administratorów aprowizujących, aby jasno określić,
    jakie są ich obowiązki w organizacji. Podział obowiązków administracyjnych może również zapewnić
    większą odpowiedzialność w organizacji.”
    Seed, in Turkish, 004_56a03cdc9c18ca52.txt:417: “Kuruluşunuzdaki sorumluluklarının ne olduğunu
    açıkça tanımlamak için harici yöneticilere tam, salt okunur veya yetkilendirme yöneticileri atayın.
    İdari sorumlulukları bölmek, kuruluşunuz içinde daha fazla hesap verebilirliği de sağlayabilir.”
    READING §10: Assign external admins as full, read-only or provisioning admins to define their
    responsibilities (guidance).
    Not decided from a request (informative): it is advice on dividing duties.
