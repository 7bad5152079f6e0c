# language: da
Egenskab: Regler for de eksterne administratorer
  Hvem der kan blive ekstern administrator i en kundeorganisation, med hvilke roller, og hvem der må
  ændre rollerne.

  Regel: R33 — Eksterne administratorer: hvem de er og deres tre typer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:282: “Możesz dodać każdą osobę spoza organizacji jako
    administratora zewnętrznego. Administratorzy z organizacji partnerskiej są również uważani za
    administratorów zewnętrznych w organizacji. Można również zarządzać uprawnieniami administratora
    zewnętrznego i definiować ich jako zewnętrznych administratorów pełnych, zewnętrznych
    administratorów tylko do odczytu i administratorów obsługujących. Administratorzy aprowizujący są
    dodawani, gdy partner obsługuje zamówienia usług Webex.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:319: “Kuruluşunuzun dışından herhangi birini harici
    yönetici olarak ekleyebilirsiniz. Bir ortak kuruluştaki yöneticiler de kuruluşunuzdaki harici
    yöneticiler olarak kabul edilir. Ayrıca harici yönetici ayrıcalıkları yönetebilir ve bunları harici
    tam yöneticiler, harici salt okunur yöneticiler ve yetkilendirme yöneticileri olarak
    tanımlayabilirsiniz. Bir iş ortağı Webex hizmet siparişlerinizi sağladığında sağlama yöneticileri
    eklenir.”
    Enhver uden for organisationen kan tilføjes som ekstern administrator; administratorer i
    partnerorganisationen er også eksterne administratorer. De er fulde, skrivebeskyttede eller
    klargøringsadministratorer; klargøringsadministratorer tilføjes, når en partner klargør Webex-
    ordrer.
    Afgøres ikke ud fra en anmodning (oplysning): tabellen over eksterne administratorroller siger, hvad
    hver type må.

  Regel: R34 — Eksterne administratorer vises på fanen Eksterne administratorer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:287: “Każda osoba spoza organizacji, która ma dostęp do
    centrum sterowania organizacji, jest wyświetlana w sekcji Użytkownicy na karcie Administratorzy
    zewnętrzni.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:324: “Kuruluşunuzun Denetim Merkezi'ne erişimi olan
    kuruluşunuzun dışından herkes şurada gösterilir: Kullanıcılar Harici Yöneticiler sekmesi altındaki
    bölüm.”
    Afgøres ikke ud fra en anmodning (oplysning): det handler om, hvordan Control Hub viser
    administratorer.

  Regel: R35 — Supportpersonalets skrivebeskyttede adgang tilbagekaldes automatisk
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:289: “Personel pomocy technicznej, który uzyskuje dostęp do
    organizacji, zazwyczaj ma rolę administratora tylko do odczytu. Dostęp administratora tylko do
    odczytu jest automatycznie odwoływany po pewnym czasie. Możesz udzielić lub odmówić dostępu
    administracyjnegokażdemu.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:326: “Kuruluşunuza erişen destek personeli genellikle salt
    okunur yönetici rolüne sahip olacaktır. Salt okunur yönetici erişimi, bir süre sonra otomatik olarak
    iptal edilir. yapabilirsin herhangi birine yönetici erişimi verme veya reddetme .”
    Supportpersonale, der går ind i organisationen, har normalt rollen som skrivebeskyttet
    administrator, som tilbagekaldes automatisk efter et stykke tid.
    Afgøres ikke ud fra en anmodning (oplysning): en anmodning indeholder ikke tid.

  Regel: R36 — Eksterne administratorer kan ikke tilføje eksterne administratorer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:364: “Administratorzy zewnętrzni nie mogą dodawać kolejnych
    administratorów zewnętrznych do organizacji.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:415: “Harici yöneticiler, kuruluşunuza ek harici
    yöneticiler ekleyemez.”
    Kittets afgørelse (RULINGS §4.3): en ekstern administrator tildeler aldrig rollen Administrator af
    kontaktcentertjeneste til en bruger fra en ekstern organisation.

    @R36 @enforced
    Scenarie: En ekstern administrator kan ikke tilføje en anden ekstern administrator
      Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen afvises efter regel R36

    @R36 @enforced
    Scenarie: En fuld administrator i kundeorganisationen tilføjer den eksterne administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen være tilladt

    @R36 @enforced
    Scenarie: Ingen ekstern administrator må tilføje eksterne administratorer
      Givet tabellen "Eksterne administratorroller"
      Og en administrator med tilknytningen "Enhver anden organisation" og rollen "Ekstern administrator med fulde rettigheder"
      Så skal adgangen til rettigheden "Tilføjelse af eksterne administratorer" være "Ingen"

  Regel: R37 — En sælgende partner genvinder klargøringsadgang, men kan ikke gøre sig selv til fuld administrator
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:284: “Administratorów zewnętrznych można usunąć z
    organizacji w dowolnym momencie. Dopóki jednak istnieje aktywna relacja sprzedaży między organizacją
    a partnerem, od którego zakupiono usługi, partner ten może odzyskać dostęp do organizacji,
    przypisując sobie rolę administratora obsługującego, co oznacza, że partner zawsze będzie miał
    dostęp do organizacji. Partner nie może przypisać sobie dostępu jako pełny administrator. Jeśli nie
    chcesz, aby partner, od który kupiłeś usługi, miał w ogóle dostęp do Twojej organizacji, musisz
    skontaktować się z partnerem.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:338: “Harici yöneticileri istediğiniz zaman kuruluşunuzdan
    kaldırabilirsiniz. Ancak, kuruluşunuz ile hizmet satın aldığınız iş ortağı arasında aktif bir satış
    ilişkisi olduğu sürece, bu iş ortağı, kendisine Temel Hazırlık Yöneticisi rolünü atayarak
    kuruluşunuza yeniden erişim sağlayabilir; bu, iş ortağının her zaman sizin erişiminize sahip olacağı
    anlamına gelir. organizasyon. İş ortağı, kendisine Tam Yönetici olarak erişim atayamaz. Hizmet satın
    aldığınız iş ortağının kuruluşunuza hiçbir şekilde erişmesini istemiyorsanız, iş ortağıyla iletişime
    geçmelisiniz.”

    @R37 @enforced
    Scenarie: En partner, der har solgt tjenesterne, tager klargøringsadgangen tilbage
      Givet en person med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Og administratorens organisation har et aktivt salgsforhold til kunden
      Når administratoren tildeler sig selv rollen "Klargøringsadministrator"
      Så skal ændringen være tilladt efter regel R37

    @R37 @enforced
    Scenarie: Uden et aktivt salgsforhold kan partneren ikke tage den tilbage
      Givet en person med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler sig selv rollen "Klargøringsadministrator"
      Så skal ændringen afvises efter regel R37

    @R37 @enforced
    Scenarie: En partner kan ikke gøre sig selv til fuld administrator
      Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Klargøringsadministrator"
      Og administratorens organisation har et aktivt salgsforhold til kunden
      Når administratoren tildeler sig selv rollen "Administrator med fulde rettigheder"
      Så skal ændringen afvises efter regel R37

  Regel: R38 — En fuld administrator hos kunden kan ændre partnerens roller; den sælgende partner beholder klargøringsadgang
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:375: “W dowolnym momencie pełny administrator w organizacji
    klienta może zmienić lub usunąć rolę administratora z organizacji partnerskiej. Jeśli jednak Twoja
    organizacja sprzedawała usługi klientowi, zawsze będziesz mieć dostęp do Centrum sterowania klienta
    jako administrator obsługi administracyjnej. Wszyscy administratorzy w organizacji partnerskiej będą
    również nadal mieli dostęp administracyjny do centrum sterowania klienta, jeśli co najmniej jeden z
    nich pozostanie z rolą administratora w organizacji klienta.”

    @R38 @enforced
    Scenarie: En fuld administrator i kundeorganisationen fjerner en rolle fra en partneradministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og rollen "Klargøringsadministrator"
      Når administratoren fjerner rollen "Klargøringsadministrator" fra brugeren
      Så skal ændringen være tilladt efter regel R38

    @R38 @R01 @enforced
    Scenarie: En skrivebeskyttet administrator i kundeorganisationen fjerner ingen rolle fra en partneradministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med skrivebeskyttede rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og rollen "Klargøringsadministrator"
      Når administratoren fjerner rollen "Klargøringsadministrator" fra brugeren
      Så skal ændringen afvises efter regel R01

  Regel: R39 — Eksterne nødadministratorer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:330: “SSO ile yapılandırılmış bir kuruluş için SSO düzgün
    çalışmaması gibi acil oturum açma sorunları olması durumunda kuruluşunuza erişmenin bir yolu olarak
    harici yöneticiler atayabilirsiniz.”
    Afgøres ikke ud fra en anmodning (oplysning): det er et råd om, hvorfor man tilføjer eksterne
    administratorer.

  Regel: R40 — En ekstern fuld administrator skal logge ind én gang, før der gives adgang til mødewebsteder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:334: “Harici yönetici, toplantı sitelerine yönetici
    erişimi alabilmesi için harici tam yönetici rolüne atandıktan sonra Control Hub'da bir kez oturum aç
    açmalıdır.”
    Afgøres ikke ud fra en anmodning (oplysning): en anmodning siger ikke, om nogen har logget ind.

  Regel: R41 — Brugere fra organisationer med gratis selvtilmelding kan være eksterne administratorer, brugere fra forbrugerorganisationen kan ikke
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:424: “Ücretsiz kendi kendine oturum aç kuruluşlardaki
    kullanıcılar, harici yöneticiler olarak eklenebilir. Ancak, tüketici organizasyonunun parçası olan
    kullanıcılar harici yönetici olarak eklenemez. Tüketici organizasyonundaki kullanıcıların
    e-postalarını doğrulamaya çalıştığınızda Control Hub bir hata gösterecektir.”

    @R41 @enforced
    Scenarie: En bruger fra forbrugerorganisationen kan ikke være ekstern administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Og brugerens hjemmeorganisation er forbrugerorganisationen
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen afvises efter regel R41

    @R41 @enforced
    Scenarie: En bruger fra en organisation med gratis selvtilmelding kan være ekstern administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Og brugerens hjemmeorganisation er en organisation med gratis selvtilmelding
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen være tilladt efter regel R41

  Regel: R42 — Valg af roller, når en ekstern administrator tilføjes
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:444: “Bu kullanıcı, aboneliğinizi yöneten bir ortak
    kuruluşa aitse, Tam yönetici ayrıcalıkları veya yönetici ayrıcalıkları . Başka bir kuruluştan
    geliyorlarsa, şunları seçin:”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:448: “• İletişim Merkezi hizmet yöneticisi (varsa)”
    Kittets afgørelse (RULINGS §4.10): en bruger fra partnerorganisationen tilføjes kun som fuld
    administrator eller klargøringsadministrator; adgangstabellerne beholder cellerne for andre roller.

    @R42 @enforced
    Scenarie: En bruger fra partnerorganisationen bliver fuld administrator eller klargøringsadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Klargøringsadministrator"
      Så skal ændringen være tilladt efter regel R42

    @R42 @enforced
    Scenarie: En bruger fra partnerorganisationen bliver ikke skrivebeskyttet administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen afvises efter regel R42

    @R42 @enforced
    Scenarie: En bruger fra enhver anden organisation bliver ikke klargøringsadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Klargøringsadministrator"
      Så skal ændringen afvises efter regel R42

    @R42 @enforced
    Scenarie: En bruger fra enhver anden organisation bliver ikke supportadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Supportadministrator"
      Så skal ændringen afvises efter regel R42

  Regel: R43 — En fuld administrator forfremmer og nedgraderer eksterne administratorer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:456: “Kuruluşunuzun tam yöneticisi olarak, harici
    yöneticiler için yönetici ayrıcalıkları da ayarlayabilirsiniz.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:474: “• Yöneticiyi tam yöneticiye yükseltmek için, altında
    Yönetici rolleri , kontrol et Tam yönetici ayrıcalığı .”

    @R43 @enforced
    Scenarie: En fuld administrator forfremmer en ekstern skrivebeskyttet administrator til fuld administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og rollen "Administrator med skrivebeskyttede rettigheder"
      Når administratoren tildeler brugeren rollen "Administrator med fulde rettigheder"
      Så skal ændringen være tilladt efter regel R43

    @R43 @enforced
    Scenarie: En fuld administrator nedgraderer en ekstern fuld administrator til skrivebeskyttet administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og rollen "Administrator med fulde rettigheder"
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen være tilladt efter regel R43

    @R43 @R01 @enforced
    Scenarie: En skrivebeskyttet administrator forfremmer ingen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med skrivebeskyttede rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og rollen "Administrator med skrivebeskyttede rettigheder"
      Når administratoren tildeler brugeren rollen "Administrator med fulde rettigheder"
      Så skal ændringen afvises efter regel R01

  Regel: R44 — Tilbagekaldelse af administratorrettigheder sletter alle poster
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:482: “• yönetici ayrıcalıkları tamamen iptal etmek için,
    altında Yönetici ayrıcalığını iptal et , tıklayın Yönetici ayrıcalığını iptal et ve sonra seçin
    ayrıcalığı iptal et .”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:487: “yönetici ayrıcalıkları iptal edilmesi, yöneticinin
    tüm kayıtlarını siler ve eski durumuna getirmek için yeniden eklenmesi gerekir.”
    Administratoren skal tilføjes igen for at blive genindsat.
    Afgøres ikke ud fra en anmodning (oplysning): poster er ikke en del af en afgørelse om roller.

  Regel: R45 — Tildel eksterne administratorer som fulde, skrivebeskyttede eller klargøringsadministratorer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:366: “Przypisz administratorów zewnętrznych jako
    administratorów pełnych, tylko do odczytu lub administratorów aprowizujących, aby jasno określić,
    jakie są ich obowiązki w organizacji. Podział obowiązków administracyjnych może również zapewnić
    większą odpowiedzialność w organizacji.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:417: “Kuruluşunuzdaki sorumluluklarının ne olduğunu açıkça
    tanımlamak için harici yöneticilere tam, salt okunur veya yetkilendirme yöneticileri atayın. İdari
    sorumlulukları bölmek, kuruluşunuz içinde daha fazla hesap verebilirliği de sağlayabilir.”
    Afgøres ikke ud fra en anmodning (oplysning): det er et råd om at fordele opgaver.
