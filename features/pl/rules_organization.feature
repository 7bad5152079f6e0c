# language: pl
Właściwość: Reguły ról w organizacji
  Jak administratorzy organizacji klienta otrzymują swoje role i co mówi tekst wokół tabeli ról w
  organizacji poza samą tabelą.

  Zasada: R01 — Pełny administrator może przypisać jedną lub więcej ról dowolnemu użytkownikowi organizacji
    Źródło 002_eb43fb2dbe00fd3d.txt:3: „Dzięki pełnym uprawnieniom administratora możesz przypisać jedną
    lub więcej ról dowolnemu użytkownikowi w organizacji.”
    Źródło 002_eb43fb2dbe00fd3d.txt:88: „Jeśli masz pełne uprawnienia administratora, możesz przypisać
    jedną lub więcej ról dowolnemu użytkownikowi w organizacji.”

    @R01 @enforced
    Scenariusz: Pełny administrator może przypisać dowolną rolę każdemu użytkownikowi organizacji
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator pomocy"
      Wtedy zmiana jest dozwolona na mocy reguły R01

    @R01 @enforced
    Scenariusz: Zewnętrzny pełny administrator także może przypisywać role użytkownikom organizacji
      Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator urządzeń"
      Wtedy zmiana jest dozwolona na mocy reguły R01

    @R01 @enforced
    Scenariusz: Administrator urządzeń nie może przypisywać ról
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator urządzeń"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator pomocy"
      Wtedy zmiana zostaje odrzucona na mocy reguły R01

  Zasada: R02 — Pierwszy pełny administrator pochodzi z organizacji partnerskiej; nowi użytkownicy nie mają uprawnień administratora
    Źródło 002_eb43fb2dbe00fd3d.txt:90: „Po pierwszym skonfigurowaniu konta administrator z organizacji
    partnerskiej staje się pełnym administratorem organizacji i może skonfigurować dodatkowych
    administratorów. Domyślnie dodawani użytkownicy nie mają żadnych uprawnień administracyjnych.”
    Orzeczenie zestawu (RULINGS §4.6): administrator bez żadnej roli nie ma dostępu wszędzie tam, gdzie
    tabela dotyczy jego organizacji.

    @R02 @enforced
    Scenariusz: Użytkownik dodany do organizacji zaczyna bez uprawnień administratora
      Zakładając, że mowa o tabeli "Role w organizacji"
      Oraz osoba z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Wtedy poziom dostępu do funkcji "Zarządzanie urządzeniami" wynosi "Brak"
      Oraz poziom dostępu do funkcji "Analityka i raporty" wynosi "Brak"

    @R02 @enforced
    Scenariusz: Użytkownik bez roli administratora nie przypisuje ról
      Zakładając, że osoba z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R02

  Zasada: R03 — Dobra praktyka: więcej niż jeden pełny administrator
    Źródło 002_eb43fb2dbe00fd3d.txt:5: „Zawsze będziesz chciał mieć więcej niż jednego administratora w
    organizacji. Jest to najlepsza praktyka i zawsze umożliwia dokonywanie zmian administracyjnych,
    jeśli jeden z administratorów nie jest dostępny.”
    Organizacja powinna zawsze mieć więcej niż jednego pełnego administratora, aby można było wprowadzać
    zmiany administracyjne, gdy jeden z nich jest niedostępny.
    Nie wynika z pojedynczego żądania (zalecenie): to rada dotycząca całej listy administratorów, a nie
    decyzja w sprawie jednego żądania.

  Zasada: R04 — Rodzaje administratorów organizacji klienta
    Źródło 002_eb43fb2dbe00fd3d.txt:3: „Administratorami klientów mogą być pełnoprawni administratorzy,
    administratorzy pomocy technicznej, administratorzy użytkowników i urządzeń, administratorzy
    urządzeń, administratorzy tylko do odczytu lub urzędnicy ds. zgodności.”
    Źródło 002_eb43fb2dbe00fd3d.txt:7: „Specjaliści ds. zgodności mogą szukać konkretnych osób w Twojej
    firmie, znajdować treści, które udostępnili, lub przeszukiwać określoną przestrzeń, a następnie
    generować raport z ich odkryciami.”
    Administratorami klienta są administratorzy pełni, pomocy, użytkowników i urządzeń, urządzeń, tylko
    do odczytu oraz oficerowie ds. zgodności. Oficer ds. zgodności ma dostęp do treści użytkowników do
    celów prawnych; administrator pomocy widzi analitykę spotkań i informacje o rozwiązywaniu problemów.
    Nie wynika z pojedynczego żądania (informacja): to opis ról; co każda z nich może, mówi tabela ról w
    organizacji.

  Zasada: R05 — Tabela ról w organizacji wymienia tylko role ogólnoorganizacyjne
    Źródło 002_eb43fb2dbe00fd3d.txt:93: „W tej tabeli wymieniono tylko ogólne role administracyjne.”
    Role usług, takie jak role administratora witryny Webex i role Contact Center, są opisane we
    własnych tabelach.
    Nie wynika z pojedynczego żądania (informacja): to opis układu tabel źródłowych.

  Zasada: R06 — Zmiana roli w organizacji może wpłynąć na istniejące role usług
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:35: „değiştirirseniz organizasyonel mevcut bir
    kullanıcının rolü Hizmetler rol, mevcut hizmet rollerini etkileyebilirsiniz. Kuruluş rolünü
    değiştirirseniz, kullanıcının hizmet rollerini gözden geçirin.”
    Po zmianie roli w organizacji użytkownika, który ma już rolę usługi, przejrzyj jego role usług.
    Nie wynika z pojedynczego żądania (informacja): to rada, by po zmianie ręcznie przejrzeć role.

  Zasada: R07 — Role są wyświetlane jako lista rozdzielona przecinkami lub „Brak”
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:20: „Kullanıcının yönetici rollerinin (veya "Yok")
    virgülle ayrılmış bir listesi vardır.”
    Nie wynika z pojedynczego żądania (informacja): chodzi o sposób wyświetlania ról w Control Hub.

  Zasada: R08 — Partnerzy przypisują role z poziomu organizacji klienta
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:9: „Müşterileriniz için birden çok Webex kuruluşunu
    yönetiyorsanız, bkz. Partner Hub'da yönetici rolleri makale.”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:15: „(Bir iş ortağıysanız, önce rol atamak istediğiniz
    müşteri kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfa.)”
    Partner najpierw otwiera organizację klienta, a potem przypisuje role na jej stronie Użytkownicy.
    Nie wynika z pojedynczego żądania (informacja): to opis miejsca w Control Hub, w którym przypisuje
    się role.

  Zasada: R09 — Co daje Dostęp do zaawansowanego rozwiązywania problemów
    Źródło 002_eb43fb2dbe00fd3d.txt:167: „Ta rola umożliwia administratorom pełnym, administratorom
    tylko do odczytu i administratorom pomocy technicznej dostęp do strony Live Meeting na karcie
    Rozwiązywanie problemów oraz umożliwia pełnym administratorom dołączanie do toczących się spotkań za
    pomocą jednego kliknięcia przycisku.”
    Orzeczenie zestawu (RULINGS §4.8): dostęp do zaawansowanego rozwiązywania problemów sam niczego nie
    daje; liczy się tylko razem z rolami, które wymienia źródło.

    @R09 @enforced
    Scenariusz: Dostęp do zaawansowanego rozwiązywania problemów pozwala pełnym administratorom dołączać do trwających spotkań
      Zakładając, że mowa o tabeli "Role w organizacji"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz administrator ma również rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy poziom dostępu do funkcji "Dostęp do spotkań w toku" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Dostęp do spotkań na żywo" wynosi "Pełny dostęp"

    @R09 @enforced
    Scenariusz: Dostęp do zaawansowanego rozwiązywania problemów otwiera administratorowi tylko do odczytu stronę spotkań na żywo, ale nie same spotkania
      Zakładając, że mowa o tabeli "Role w organizacji"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
      Oraz administrator ma również rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy poziom dostępu do funkcji "Dostęp do spotkań na żywo" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Dostęp do spotkań w toku" wynosi "Brak"

  Zasada: R10 — Dostęp do zaawansowanego rozwiązywania problemów: kto może go mieć, kto może go przypisać, zakaz przypisywania sobie
    Źródło 002_eb43fb2dbe00fd3d.txt:172: „Pełnoprawni administratorzy mogą przypisać rolę Zaawansowany
    dostęp do rozwiązywania problemów innemu administratorowi pełnemu, administratorowi tylko do odczytu
    lub administratorowi pomocy technicznej w swojej organizacji. Administratorzy pełni nie mogą
    przypisać sobie roli Zaawansowany dostęp do rozwiązywania problemów. Inny pełny administrator musi
    przypisać im rolę.”

    @R10 @enforced
    Scenariusz: Pełny administrator nie może przypisać sobie dostępu do zaawansowanego rozwiązywania problemów
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Gdy administrator przypisze sobie rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy zmiana zostaje odrzucona na mocy reguły R10

    @R10 @enforced
    Scenariusz: Przypisuje mu go inny pełny administrator
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Gdy administrator przypisze użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy zmiana jest dozwolona na mocy reguły R10

    @R10 @enforced
    Scenariusz: Administrator pomocy może mieć dostęp do zaawansowanego rozwiązywania problemów
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator pomocy"
      Gdy administrator przypisze użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy zmiana jest dozwolona na mocy reguły R10

    @R10 @enforced
    Scenariusz: Administrator urządzeń nie może mieć dostępu do zaawansowanego rozwiązywania problemów
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator urządzeń"
      Gdy administrator przypisze użytkownikowi rolę "Dostęp do zaawansowanego rozwiązywania problemów"
      Wtedy zmiana zostaje odrzucona na mocy reguły R10

  Zasada: R50 — Eksport listy administratorów do pliku CSV
    Źródło 002_eb43fb2dbe00fd3d.txt:42: „Możesz wyeksportować pełną lub przefiltrowaną listę
    administratorów w organizacji jako plik CSV, aby zarządzać nimi zbiorczo.”
    Źródło 002_eb43fb2dbe00fd3d.txt:74: „Wybierz kartę Administratorzy lub Administratorzy zewnętrzni.”
    Można wyeksportować pełną lub przefiltrowaną listę administratorów; plik podaje każdego
    administratora z jego identyfikatorem lub adresem e-mail i rolami administratora.
    Nie wynika z pojedynczego żądania (informacja): chodzi o eksport listy, a nie o decyzję.

  Zasada: R51 — Filtrowanie użytkowników według roli
    Źródło 002_eb43fb2dbe00fd3d.txt:30: „Na przykład, jeśli chcesz zobaczyć listę urzędników ds.
    zgodności w organizacji, możesz użyć listy rozwijanej, aby wyświetlić tylko urzędników ds.
    Zgodności.”
    Nie wynika z pojedynczego żądania (informacja): chodzi o sposób wyświetlania listy użytkowników w
    Control Hub.
