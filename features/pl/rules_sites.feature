# language: pl
Właściwość: Reguły ról witryny Webex
  Role witryny Webex przypisuje się witryna po witrynie, tylko w witrynach zarządzanych przez
  Control Hub, a administrator zawartości spotkań jest zawsze także administratorem witryny.

  Zasada: R11 — Role administratora witryny Webex przypisuje się dla każdej witryny osobno
    Źródło 002_eb43fb2dbe00fd3d.txt:22: „Aby przypisać użytkownika jako administratora witryny Webex,
    obok pozycji Role administratora witryny Webexkliknij przycisk Edytuj i wybierz rolę dla każdej
    witryny Webex, którą użytkownik ma zarządzać.”

    @R11 @enforced
    Scenariusz: Rolę witryny przypisuje się dla wskazanej witryny
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz witryną "alpha" zarządza Control Hub
      Gdy administrator przypisze użytkownikowi rolę "Administrator witryny Webex" w witrynie "alpha"
      Wtedy zmiana jest dozwolona

    @R11 @enforced
    Scenariusz: Rola witryny przypisana bez witryny to niekompletne żądanie
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator użytkowników Webex", nie wskazując witryny
      Wtedy żądanie zostaje odrzucone jako niekompletne

  Zasada: R12 — Role administratora witryny tylko dla witryn zarządzanych w Control Hub
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:185: „Control Hub tarafından yönetilen toplantı
    sitelerindeki kullanıcılara yalnızca Webex sitesi yöneticisi rolleri atayabilirsiniz. Bu roller,
    Site Yönetimi tarafından yönetilen toplantı sitelerini yönetmek için Control Hub'da atanamaz.”

    @R12 @enforced
    Scenariusz: W witrynie zarządzanej przez Administrację witryny nie przypisuje się ról witryny
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz witryną "beta" zarządza Administracja witryny
      Gdy administrator przypisze użytkownikowi rolę "Administrator witryny Webex" w witrynie "beta"
      Wtedy zmiana zostaje odrzucona na mocy reguły R12

    @R12 @enforced
    Scenariusz: W witrynie zarządzanej przez Control Hub przypisuje się role witryny
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz witryną "alpha" zarządza Control Hub
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu" w witrynie "alpha"
      Wtedy zmiana jest dozwolona na mocy reguły R12

  Zasada: R13 — Administratorzy witryn są ograniczeni do przypisanych witryn, mogą mieć kilka i muszą raz się zalogować
    Źródło 002_eb43fb2dbe00fd3d.txt:176: „Administratorzy witryn sieci Web mają dostęp tylko do
    użytkowników i ustawień witryny Webex, do których są przypisani w centrum sterowania. … Możesz
    przypisać użytkownika jako administratora dla więcej niż jednej witryny Webex.”

    @R13 @enforced
    Scenariusz: Administrator witryny przypisuje role witryny w swojej witrynie
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator witryny Webex"
      Oraz administrator ma rolę "Administrator witryny Webex" w witrynie "alpha"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator użytkowników Webex" w witrynie "alpha"
      Wtedy zmiana jest dozwolona na mocy reguły R13

    @R13 @R01 @enforced
    Scenariusz: Administrator witryny nie przypisuje ról w witrynie, do której nie jest przypisany
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator witryny Webex"
      Oraz administrator ma rolę "Administrator witryny Webex" w witrynie "alpha"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator użytkowników Webex" w witrynie "gamma"
      Wtedy zmiana zostaje odrzucona na mocy reguły R01

    @R13 @enforced
    Scenariusz: Administrator witryny ma dostęp tylko do przypisanych mu witryn
      Zakładając, że mowa o tabeli "Role administratora witryny Webex"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator witryny Webex"
      Wtedy poziom dostępu do funkcji "Konfiguracja witryny" wynosi "Pełny dostęp" w zakresie "Tylko dla przypisanych witryn Webex"
      Oraz poziom dostępu do funkcji "Zarządzanie użytkownikami" wynosi "Pełny dostęp" w zakresie "Ustawienia użytkownika"

  Zasada: R14 — Administratorzy witryn i użytkowników zarządzają ustawieniami spotkań tylko dla użytkowników przypisanych organizacji klientów
    Źródło 002_eb43fb2dbe00fd3d.txt:178: „Administratorzy witryn Webex i administratorzy użytkowników
    Webex mogą zarządzać ustawieniami związanymi ze spotkaniami Webex tylko dla użytkowników w
    organizacjach klientów, do których są przypisani.”
    Nie wynika z pojedynczego żądania (informacja): żądanie nie mówi, do których organizacji klientów
    przypisano administratora witryny.

  Zasada: R15 — Administratorzy witryn nie zużywają licencji Meetings i nie mają uprawnień hosta
    Źródło 002_eb43fb2dbe00fd3d.txt:181: „Administratorzy witryn Webex nie używają licencji Webex
    Meetings dla witryny Webex, do której są przypisani, ale nie będą mieli żadnych uprawnień hosta.
    Jeśli chcesz, aby administrator witryny Webex miał uprawnienia do hostingu, możesz przypisać mu
    licencję hosta.”
    Administratorowi witryny, który ma prowadzić spotkania, przypisz licencję hosta.
    Nie wynika z pojedynczego żądania (informacja): licencje nie są częścią decyzji o rolach.

  Zasada: R16 — Wiersze oznaczone gwiazdką dotyczą tylko przypisanych witryn
    Źródło 002_eb43fb2dbe00fd3d.txt:224: „* Tylko dla przypisanych witryn Webex.”

    @R16 @enforced
    Scenariusz: Wiersze oznaczone gwiazdką dotyczą tylko przypisanych witryn
      Zakładając, że mowa o tabeli "Role administratora witryny Webex"
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator użytkowników Webex"
      Wtedy poziom dostępu do funkcji "Licencje" wynosi "Pełny dostęp" w zakresie "Tylko dla przypisanych witryn Webex"
      Oraz poziom dostępu do funkcji "Przypisywanie ról" wynosi "Tylko do odczytu" w zakresie "Tylko dla przypisanych witryn Webex"
      Oraz poziom dostępu do funkcji "Analityka i raporty" wynosi "Tylko do odczytu" w zakresie "-"

  Zasada: R17 — Administrator zawartości spotkań wymaga roli administratora witryny
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:200: „Webex sitesi yöneticilerinin, API'ler veya bir web
    arabirimi(kayıtlar ve dökümler gibi) aracılığıyla toplantı yapıtlarına erişmesine, almasına ve
    yönetmesine izin vermek istiyorsanız, bunları bir Toplantı İçeriği yöneticisi olarak atamak için bir
    anahtar arasında geçiş yapabilirsiniz. Bu rol, kullanıcıların tüm sitelere erişmelerine izin vermek
    yerine belirli Webex sitelerine ayrıntılı erişime sahip kullanıcılara atamanıza olanak tanır.”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:210: „Toplantı İçeriği yönetici rolüne erişebilmesi için
    kullanıcıya bir site için Webex sitesi yöneticisi rollerinden birinin atanması gerekir.”
    Orzeczenie zestawu (RULINGS §4.8): administrator zawartości spotkań to przełącznik przy roli
    administratora tej samej witryny; zestaw odmawia włączenia go bez takiej roli i odmawia odebrania
    ostatniej roli w witrynie, dopóki przełącznik jest włączony.

    @R17 @enforced
    Scenariusz: Administratora witryny tylko do odczytu można uczynić administratorem zawartości spotkań tej samej witryny
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz użytkownik ma rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu" w witrynie "alpha"
      Gdy administrator przypisze użytkownikowi rolę "Administrator zawartości spotkań" w witrynie "alpha"
      Wtedy zmiana jest dozwolona na mocy reguły R17

    @R17 @enforced
    Scenariusz: Użytkownika bez roli witryny w danej witrynie nie można uczynić administratorem zawartości spotkań
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz użytkownik ma rolę "Administrator witryny Webex" w witrynie "beta"
      Gdy administrator przypisze użytkownikowi rolę "Administrator zawartości spotkań" w witrynie "alpha"
      Wtedy zmiana zostaje odrzucona na mocy reguły R17

    @R17 @enforced
    Scenariusz: Ostatniej roli witryny pod administratorem zawartości spotkań nie można odebrać
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz użytkownik ma rolę "Administrator witryny Webex" w witrynie "alpha"
      Oraz użytkownik ma rolę "Administrator zawartości spotkań" w witrynie "alpha"
      Gdy administrator odbierze użytkownikowi rolę "Administrator witryny Webex" w witrynie "alpha"
      Wtedy zmiana zostaje odrzucona na mocy reguły R17

    @R17 @enforced
    Scenariusz: Przełącznik zawartości spotkań nigdy nie podnosi administratora tylko do odczytu ponad odczyt
      Zakładając, że mowa o tabeli "Role administratora witryny Webex"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu"
      Oraz administrator ma również rolę "Administrator zawartości spotkań"
      Wtedy poziom dostępu do funkcji "Zarządzanie użytkownikami" wynosi "Tylko do odczytu" w zakresie "-"
      Oraz poziom dostępu do funkcji "Nagrania i transkrypcje" wynosi "Pełny dostęp" w zakresie "Tylko dla przypisanych witryn Webex"

  Zasada: R18 — Rola dostępu do API szczegółowej historii połączeń Webex Calling
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:98: „bu Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi
    rolü, kullanıcının Webex Calling Ayrıntılı Çağrı Geçmişi raporları için veri toplayan REST API
    erişmesine olanak tanır. Bkz. Webex Calling Ayrıntılı Çağrı Geçmişi API belgeleri ayrıntılar için.”
    Rola pozwala użytkownikowi wywoływać REST API, które zbiera dane do raportów szczegółowej historii
    połączeń.
    Nie wynika z pojedynczego żądania (informacja): żadna tabela uprawnień nie wymienia tej roli.

  Zasada: R19 — Rola administratora Webex Events
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:310: „Webex Events yönetici rolü, Webex Events'e (eski
    adıyla Socio) erişime sahiptir ve diğerlerine erişim verebilir.”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:317: „(Bu özel role sahip olmayan yöneticiler, etkin
    olmayan bir düğme görür)”
    Rola daje dostęp do Webex Events i pozwala udzielać go innym; administratorzy bez tej roli widzą
    nieaktywny przycisk.
    Nie wynika z pojedynczego żądania (informacja): żadna tabela uprawnień nie wymienia tej roli.
