# language: pl
Właściwość: Reguły ról witryny Webex
  Role witryny Webex przypisuje się witryna po witrynie, tylko w witrynach zarządzanych przez
  Control Hub, a administrator zawartości spotkań jest zawsze także administratorem witryny.

  @R11 @enforced
  Scenariusz: Rolę witryny przypisuje się dla wskazanej witryny
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz witryną "alpha" zarządza Control Hub
    Gdy administrator przypisuje użytkownikowi rolę "Administrator witryny Webex" w witrynie "alpha"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R11 @enforced
  Scenariusz: Rola witryny przypisana bez witryny to niekompletne żądanie
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator użytkowników Webex", nie wskazując witryny
    Wtedy żądanie zostaje odrzucone jako niekompletne

  @R12 @enforced
  Scenariusz: W witrynie zarządzanej przez Administrację witryny nie przypisuje się ról witryny
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz witryną "beta" zarządza Administracja witryny
    Gdy administrator przypisuje użytkownikowi rolę "Administrator witryny Webex" w witrynie "beta"
    Wtedy zmiana zostaje odrzucona na mocy reguły R12

  @R12 @enforced
  Scenariusz: W witrynie zarządzanej przez Control Hub przypisuje się role witryny
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz witryną "alpha" zarządza Control Hub
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu" w witrynie "alpha"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R13 @enforced
  Scenariusz: Administrator witryny przypisuje role witryny w swojej witrynie
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator witryny Webex"
    Oraz administrator ma rolę "Administrator witryny Webex" w witrynie "alpha"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator użytkowników Webex" w witrynie "alpha"
    Wtedy zmiana jest dozwolona na mocy reguły R13

  @R13 @enforced
  Scenariusz: Administrator witryny nie przypisuje ról w witrynie, do której nie jest przypisany
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator witryny Webex"
    Oraz administrator ma rolę "Administrator witryny Webex" w witrynie "alpha"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator użytkowników Webex" w witrynie "gamma"
    Wtedy zmiana zostaje odrzucona na mocy reguły R01

  @R13 @enforced
  Scenariusz: Administrator witryny ma dostęp tylko do przypisanych mu witryn
    Zakładając, że mowa o tabeli "Role administratora witryny Webex"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator witryny Webex"
    Wtedy jego dostęp do "Konfiguracja witryny" to "Pełny dostęp", zakres "Tylko dla przypisanych witryn Webex"
    Oraz jego dostęp do "Zarządzanie użytkownikami" to "Pełny dostęp", zakres "Ustawienia użytkownika"

  @R14 @informative
  Scenariusz: Administratorzy witryn i użytkowników zarządzają ustawieniami Meetings tylko dla użytkowników swoich organizacji klientów
    Wtedy RoleTCK tego nie sprawdza, ponieważ "żądanie nie mówi, do których organizacji klientów przypisano administratora witryny"

  @R15 @informative
  Scenariusz: Administrator witryny nie zużywa licencji Meetings i nie ma uprawnień hosta
    Administratorowi witryny, który ma prowadzić spotkania, przypisz licencję hosta.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "licencje nie są częścią decyzji o rolach"

  @R16 @enforced
  Scenariusz: Wiersze oznaczone gwiazdką dotyczą tylko przypisanych witryn
    Zakładając, że mowa o tabeli "Role administratora witryny Webex"
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator użytkowników Webex"
    Wtedy jego dostęp do "Licencje" to "Pełny dostęp", zakres "Tylko dla przypisanych witryn Webex"
    Oraz jego dostęp do "Przypisywanie ról" to "Tylko do odczytu", zakres "Tylko dla przypisanych witryn Webex"
    Oraz jego dostęp do "Analityka i raporty" to "Tylko do odczytu", zakres "-"

  @R17 @enforced
  Scenariusz: Administratora witryny tylko do odczytu można uczynić administratorem zawartości spotkań tej samej witryny
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz użytkownik ma rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu" w witrynie "alpha"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator zawartości spotkań" w witrynie "alpha"
    Wtedy zmiana jest dozwolona na mocy reguły R17

  @R17 @enforced
  Scenariusz: Użytkownika bez roli witryny w danej witrynie nie można uczynić administratorem zawartości spotkań
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz użytkownik ma rolę "Administrator witryny Webex" w witrynie "beta"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator zawartości spotkań" w witrynie "alpha"
    Wtedy zmiana zostaje odrzucona na mocy reguły R17

  @R17 @enforced
  Scenariusz: Ostatniej roli witryny pod administratorem zawartości spotkań nie można odebrać
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz użytkownik ma rolę "Administrator witryny Webex" w witrynie "alpha"
    Oraz użytkownik ma rolę "Administrator zawartości spotkań" w witrynie "alpha"
    Gdy administrator odbiera użytkownikowi rolę "Administrator witryny Webex" w witrynie "alpha"
    Wtedy zmiana zostaje odrzucona na mocy reguły R17

  @R17 @enforced
  Scenariusz: Przełącznik zawartości spotkań nigdy nie podnosi administratora tylko do odczytu ponad odczyt
    Zakładając, że mowa o tabeli "Role administratora witryny Webex"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu"
    Oraz administrator ma również rolę "Administrator zawartości spotkań"
    Wtedy jego dostęp do "Zarządzanie użytkownikami" to "Tylko do odczytu", zakres "-"
    Oraz jego dostęp do "Nagrania i transkrypcje" to "Pełny dostęp", zakres "Tylko dla przypisanych witryn Webex"

  @R18 @informative
  Scenariusz: Rola dostępu do API szczegółowej historii połączeń Webex Calling
    Rola pozwala użytkownikowi wywoływać REST API, które zbiera dane do raportów szczegółowej
    historii połączeń.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "żadna tabela uprawnień nie wymienia tej roli"

  @R19 @informative
  Scenariusz: Rola administratora Webex Events
    Rola daje dostęp do Webex Events i pozwala udzielać go innym; administratorzy bez tej roli widzą
    nieaktywny przycisk.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "żadna tabela uprawnień nie wymienia tej roli"
