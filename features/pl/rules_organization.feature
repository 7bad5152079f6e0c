# language: pl
Właściwość: Reguły ról w organizacji
  Jak administratorzy organizacji klienta otrzymują swoje role i co mówi tekst wokół tabeli ról w
  organizacji poza samą tabelą.

  @R01 @enforced
  Scenariusz: Pełny administrator może przypisać dowolną rolę każdemu użytkownikowi organizacji
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator pomocy"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R01 @enforced
  Scenariusz: Zewnętrzny pełny administrator także może przypisywać role użytkownikom organizacji
    Zakładając, że administrator z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator urządzeń"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R01 @enforced
  Scenariusz: Administrator urządzeń nie może przypisywać ról
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator urządzeń"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator pomocy"
    Wtedy zmiana zostaje odrzucona na mocy reguły R01

  @R02 @enforced
  Scenariusz: Użytkownik dodany do organizacji zaczyna bez uprawnień administratora
    Zakładając, że mowa o tabeli "Role w organizacji"
    Oraz osoba z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Wtedy jego dostęp do "Zarządzanie urządzeniami" to "Brak"
    Oraz jego dostęp do "Analityka i raporty" to "Brak"

  @R02 @enforced
  Scenariusz: Użytkownik bez roli administratora nie przypisuje ról
    Zakładając, że osoba z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R02

  @R03 @advisory
  Scenariusz: Miej więcej niż jednego pełnego administratora
    Organizacja powinna zawsze mieć więcej niż jednego pełnego administratora, aby można było
    wprowadzać zmiany administracyjne, gdy jeden z nich jest niedostępny.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "to rada dotycząca całej listy administratorów, a nie decyzja w sprawie jednego żądania"

  @R04 @informative
  Scenariusz: Rodzaje administratorów klienta
    Administratorami klienta są administratorzy pełni, pomocy, użytkowników i urządzeń, urządzeń,
    tylko do odczytu oraz oficerowie ds. zgodności. Oficer ds. zgodności ma dostęp do treści
    użytkowników do celów prawnych; administrator pomocy widzi analitykę spotkań i informacje o
    rozwiązywaniu problemów.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "to opis ról; co każda z nich może, mówi tabela ról w organizacji"

  @R05 @informative
  Scenariusz: Tabela ról w organizacji wymienia tylko role obejmujące całą organizację
    Role usług, takie jak role administratora witryny Webex i role Contact Center, są opisane we
    własnych tabelach.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "to opis układu tabel źródłowych"

  @R06 @informative
  Scenariusz: Zmiana roli użytkownika w organizacji może wpłynąć na jego role usług
    Po zmianie roli w organizacji użytkownika, który ma już rolę usługi, przejrzyj jego role usług.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "to rada, by po zmianie ręcznie przejrzeć role"

  @R07 @informative
  Scenariusz: Role administratora użytkownika są wyświetlane jako lista rozdzielona przecinkami lub „Brak”
    Wtedy RoleTCK tego nie sprawdza, ponieważ "chodzi o sposób wyświetlania ról w Control Hub"

  @R08 @informative
  Scenariusz: Partner przypisuje role z poziomu organizacji klienta
    Partner najpierw otwiera organizację klienta, a potem przypisuje role na jej stronie
    Użytkownicy.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "to opis miejsca w Control Hub, w którym przypisuje się role"

  @R09 @enforced
  Scenariusz: Dostęp do zaawansowanego rozwiązywania problemów pozwala pełnym administratorom dołączać do trwających spotkań
    Zakładając, że mowa o tabeli "Role w organizacji"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz administrator ma również rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy jego dostęp do "Dostęp do spotkań w toku" to "Pełny dostęp"
    Oraz jego dostęp do "Dostęp do spotkań na żywo" to "Pełny dostęp"

  @R09 @enforced
  Scenariusz: Dostęp do zaawansowanego rozwiązywania problemów otwiera administratorowi tylko do odczytu stronę spotkań na żywo, ale nie same spotkania
    Zakładając, że mowa o tabeli "Role w organizacji"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
    Oraz administrator ma również rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy jego dostęp do "Dostęp do spotkań na żywo" to "Pełny dostęp"
    Oraz jego dostęp do "Dostęp do spotkań w toku" to "Brak"

  @R10 @enforced
  Scenariusz: Pełny administrator nie może przypisać sobie dostępu do zaawansowanego rozwiązywania problemów
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Gdy administrator przypisuje sobie rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy zmiana zostaje odrzucona na mocy reguły R10

  @R10 @enforced
  Scenariusz: Przypisuje mu go inny pełny administrator
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Gdy administrator przypisuje użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy zmiana jest dozwolona na mocy reguły R10

  @R10 @enforced
  Scenariusz: Administrator pomocy może mieć dostęp do zaawansowanego rozwiązywania problemów
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator pomocy"
    Gdy administrator przypisuje użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy zmiana jest dozwolona na mocy reguły R10

  @R10 @enforced
  Scenariusz: Administrator urządzeń nie może mieć dostępu do zaawansowanego rozwiązywania problemów
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator urządzeń"
    Gdy administrator przypisuje użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy zmiana zostaje odrzucona na mocy reguły R10

  @R50 @informative
  Scenariusz: Listę administratorów można wyeksportować do pliku CSV
    Można wyeksportować pełną lub przefiltrowaną listę administratorów; plik podaje każdego
    administratora z jego identyfikatorem lub adresem e-mail i rolami administratora.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "chodzi o eksport listy, a nie o decyzję"

  @R51 @informative
  Scenariusz: Użytkowników można filtrować według roli administratora
    Wtedy RoleTCK tego nie sprawdza, ponieważ "chodzi o sposób wyświetlania listy użytkowników w Control Hub"
