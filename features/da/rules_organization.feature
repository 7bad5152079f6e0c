# language: da
Egenskab: Regler for organisationsrollerne
  Hvordan administratorer i en kundeorganisation får deres roller, og hvad teksten omkring tabellen
  over organisationsroller siger ud over tabellen.

  Regel: R01 — En fuld administrator kan tildele en eller flere roller til enhver bruger i organisationen
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:3: “Dzięki pełnym uprawnieniom administratora możesz
    przypisać jedną lub więcej ról dowolnemu użytkownikowi w organizacji.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:88: “Jeśli masz pełne uprawnienia administratora, możesz
    przypisać jedną lub więcej ról dowolnemu użytkownikowi w organizacji.”

    @R01 @enforced
    Scenarie: En fuld administrator må tildele enhver rolle til enhver bruger i organisationen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Supportadministrator"
      Så skal ændringen være tilladt efter regel R01

    @R01 @enforced
    Scenarie: En ekstern fuld administrator må også tildele roller til brugere i organisationen
      Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Enhedsadministrator"
      Så skal ændringen være tilladt efter regel R01

    @R01 @enforced
    Scenarie: En enhedsadministrator må ikke tildele roller
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Enhedsadministrator"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Supportadministrator"
      Så skal ændringen afvises efter regel R01

  Regel: R02 — Den første fulde administrator kommer fra partnerorganisationen; nye brugere har ingen administratorrettigheder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:90: “Po pierwszym skonfigurowaniu konta administrator z
    organizacji partnerskiej staje się pełnym administratorem organizacji i może skonfigurować
    dodatkowych administratorów. Domyślnie dodawani użytkownicy nie mają żadnych uprawnień
    administracyjnych.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:91: “Hesabınız ilk kez Kurulum, ortak kuruluştan yönetici,
    kuruluşunuzun tam yöneticisi olur ve ek yöneticiler Kurulum .”
    Kittets afgørelse (RULINGS §4.6): en administrator uden roller har ingen adgang, hvor tabellen
    gælder for vedkommendes organisation.

    @R02 @enforced
    Scenarie: En bruger, der tilføjes organisationen, starter uden administratorrettigheder
      Givet tabellen "Organisationsroller"
      Og en person med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Så skal adgangen til rettigheden "Enhedsadministration" være "Ingen"
      Og adgangen til rettigheden "Analyser og rapporter" skal være "Ingen"

    @R02 @enforced
    Scenarie: En bruger uden administratorrolle tildeler ingen roller
      Givet en person med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen afvises efter regel R02

  Regel: R03 — Bedste praksis: mere end én fuld administrator
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:5: “Zawsze będziesz chciał mieć więcej niż jednego
    administratora w organizacji. Jest to najlepsza praktyka i zawsze umożliwia dokonywanie zmian
    administracyjnych, jeśli jeden z administratorów nie jest dostępny.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:1: “Yönetim sorumluluklarını kuruluşunuz içinde
    paylaşmanızı öneririz. Küçük kuruluşlarda bile, kullanılabilirliği sağlamak için tam yönetici rolüne
    sahip birden fazla kişi olmalıdır.”
    En organisation bør altid have mere end én fuld administrator, så der kan foretages administrative
    ændringer, når en af dem er væk.
    Afgøres ikke ud fra en anmodning (anbefaling): det er et råd om hele listen af administratorer, ikke
    en afgørelse om én anmodning.

  Regel: R04 — Typer af administratorer i kundeorganisationen
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:3: “Administratorami klientów mogą być pełnoprawni
    administratorzy, administratorzy pomocy technicznej, administratorzy użytkowników i urządzeń,
    administratorzy urządzeń, administratorzy tylko do odczytu lub urzędnicy ds. zgodności.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:7: “Specjaliści ds. zgodności mogą szukać konkretnych osób w
    Twojej firmie, znajdować treści, które udostępnili, lub przeszukiwać określoną przestrzeń, a
    następnie generować raport z ich odkryciami.”
    Kundeadministratorer er fulde administratorer, supportadministratorer, bruger- og
    enhedsadministratorer, enhedsadministratorer, skrivebeskyttede administratorer og compliance-
    ansvarlige. En compliance-ansvarlig når brugergenereret indhold af juridiske grunde; en
    supportadministrator ser mødeanalyser og fejlfindingsoplysninger.
    Afgøres ikke ud fra en anmodning (oplysning): det beskriver rollerne; tabellen over
    organisationsroller siger, hvad hver må.

  Regel: R05 — Tabellen over organisationsroller viser kun roller for hele organisationen
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:93: “W tej tabeli wymieniono tylko ogólne role
    administracyjne.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:103: “Bu tablo yalnızca kuruluş çapındaki yönetim
    rollerini listeler.”
    Tjenesteroller, som Webex-webstedsadministratorrollerne og kontaktcenterrollerne, er beskrevet i
    deres egne tabeller.
    Afgøres ikke ud fra en anmodning (oplysning): det beskriver, hvordan kildetabellerne er opbygget.

  Regel: R06 — En ændring af organisationsrollen kan påvirke eksisterende tjenesteroller
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:35: “değiştirirseniz organizasyonel mevcut bir
    kullanıcının rolü Hizmetler rol, mevcut hizmet rollerini etkileyebilirsiniz. Kuruluş rolünü
    değiştirirseniz, kullanıcının hizmet rollerini gözden geçirin.”
    Gennemgå tjenesterollerne, når organisationsrollen er ændret for en bruger, der allerede har en
    tjenesterolle.
    Afgøres ikke ud fra en anmodning (oplysning): det er et råd om at gennemgå roller manuelt efter en
    ændring.

  Regel: R07 — Roller vises som en kommasepareret liste eller 'Ingen'
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:20: “Kullanıcının yönetici rollerinin (veya "Yok")
    virgülle ayrılmış bir listesi vardır.”
    Afgøres ikke ud fra en anmodning (oplysning): det handler om, hvordan Control Hub viser roller.

  Regel: R08 — Partnere tildeler roller inde fra kundeorganisationen
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:9: “Müşterileriniz için birden çok Webex kuruluşunu
    yönetiyorsanız, bkz. Partner Hub'da yönetici rolleri makale.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:15: “(Bir iş ortağıysanız, önce rol atamak istediğiniz
    müşteri kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfa.)”
    En partner åbner først kundeorganisationen og tildeler derefter roller på dens side Brugere.
    Afgøres ikke ud fra en anmodning (oplysning): det beskriver, hvor i Control Hub roller tildeles.

  Regel: R09 — Hvad avanceret fejlfindingsadgang giver
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:167: “Ta rola umożliwia administratorom pełnym,
    administratorom tylko do odczytu i administratorom pomocy technicznej dostęp do strony Live Meeting
    na karcie Rozwiązywanie problemów oraz umożliwia pełnym administratorom dołączanie do toczących się
    spotkań za pomocą jednego kliknięcia przycisku.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:173: “Bu rol, tam yöneticilerin, salt okunur yöneticilerin
    ve destek yöneticilerinin Canlı Toplantı sayfasına erişmesine izin verir. sorun giderme sekmesini
    açar ve tam yöneticilerin yalnızca bir düğmeyi tıklatarak Sürüyor eden toplantılara katılmasını
    sağlar.”
    Kittets afgørelse (RULINGS §4.8): avanceret fejlfindingsadgang giver intet alene; den tæller kun
    sammen med de roller, kilden nævner.

    @R09 @enforced
    Scenarie: Avanceret fejlfindingsadgang lader fulde administratorer deltage i igangværende møder
      Givet tabellen "Organisationsroller"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og administratoren har også rollen "Avanceret fejlfindingsadgang"
      Så skal adgangen til rettigheden "Adgang til at deltage i igangværende møder" være "Fuld adgang"
      Og adgangen til rettigheden "Adgang til livemøder" skal være "Fuld adgang"

    @R09 @enforced
    Scenarie: Avanceret fejlfindingsadgang åbner siden med livemøder for en skrivebeskyttet administrator, men ingen møder
      Givet tabellen "Organisationsroller"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med skrivebeskyttede rettigheder"
      Og administratoren har også rollen "Avanceret fejlfindingsadgang"
      Så skal adgangen til rettigheden "Adgang til livemøder" være "Fuld adgang"
      Og adgangen til rettigheden "Adgang til at deltage i igangværende møder" skal være "Ingen"

  Regel: R10 — Avanceret fejlfindingsadgang: hvem kan have den, hvem kan tildele den, ingen selvtildeling
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:172: “Pełnoprawni administratorzy mogą przypisać rolę
    Zaawansowany dostęp do rozwiązywania problemów innemu administratorowi pełnemu, administratorowi
    tylko do odczytu lub administratorowi pomocy technicznej w swojej organizacji. Administratorzy pełni
    nie mogą przypisać sobie roli Zaawansowany dostęp do rozwiązywania problemów. Inny pełny
    administrator musi przypisać im rolę.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:180: “Tam yöneticiler, kuruluşlarındaki başka bir tam
    yöneticiye, salt okunur yöneticiye veya destek yöneticisine Gelişmiş Sorun Giderme Erişimi rolünü
    atayabilir. Tam yöneticiler, Gelişmiş Sorun Giderme Erişimi rolünü kendilerine atayamaz. Başka bir
    tam yöneticinin rolü onlara ataması gerekir.”

    @R10 @enforced
    Scenarie: En fuld administrator kan ikke tildele sig selv avanceret fejlfindingsadgang
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Når administratoren tildeler sig selv rollen "Avanceret fejlfindingsadgang"
      Så skal ændringen afvises efter regel R10

    @R10 @enforced
    Scenarie: En anden fuld administrator tildeler den til vedkommende
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
      Så skal ændringen være tilladt efter regel R10

    @R10 @enforced
    Scenarie: En supportadministrator må have avanceret fejlfindingsadgang
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Supportadministrator"
      Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
      Så skal ændringen være tilladt efter regel R10

    @R10 @enforced
    Scenarie: En enhedsadministrator må ikke have avanceret fejlfindingsadgang
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Enhedsadministrator"
      Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
      Så skal ændringen afvises efter regel R10

  Regel: R50 — CSV-eksport af administratorlisten
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:42: “Możesz wyeksportować pełną lub przefiltrowaną listę
    administratorów w organizacji jako plik CSV, aby zarządzać nimi zbiorczo.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:74: “Wybierz kartę Administratorzy lub Administratorzy
    zewnętrzni.”
    Den fulde eller den filtrerede liste over administratorer kan eksporteres; filen angiver hver
    administrator med bruger-id eller e-mail og administratorroller.
    Afgøres ikke ud fra en anmodning (oplysning): det handler om at eksportere en liste, ikke om en
    afgørelse.

  Regel: R51 — Filtrering af brugere efter rolle
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:30: “Na przykład, jeśli chcesz zobaczyć listę urzędników ds.
    zgodności w organizacji, możesz użyć listy rozwijanej, aby wyświetlić tylko urzędników ds.
    Zgodności.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:51: “Bu eylem, yalnızca seçilen rollere sahip
    kullanıcıları göstermek için kullanıcı listesi günceller.”
    Afgøres ikke ud fra en anmodning (oplysning): det handler om, hvordan Control Hub viser brugere.
