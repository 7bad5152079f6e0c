# language: pl
Właściwość: Reguły ról Contact Center
  Kto może mieć i nadawać rolę administratora usługi centrum kontaktu oraz co mogą role Contact
  Center poza tabelą uprawnień.

  Zasada: R20 — Rolę Administrator usługi centrum kontaktu można przypisać administratorom zewnętrznym i użytkownikom klienta
    Źródło 002_eb43fb2dbe00fd3d.txt:228: „Tę rolę można przypisać administratorom zewnętrznym i
    użytkownikom w organizacji klienta.”

    @R20 @enforced
    Scenariusz: Rolę administratora usługi można nadać użytkownikowi organizacji klienta
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona na mocy reguły R20

    @R20 @enforced
    Scenariusz: Rolę administratora usługi można nadać administratorowi zewnętrznemu
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona na mocy reguły R20

    @R20 @R25 @enforced
    Scenariusz: Użytkownik organizacji partnerskiej nie otrzymuje roli administratora usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R25

  Zasada: R21 — Administrator Contact Center może należeć do organizacji klienta, partnera zarządzającego lub dowolnej innej organizacji
    Źródło 000_b753c62a2268bcd7.txt:1: „Administrator Webex Contact Center może należeć do organizacji
    klienta, organizacji partnerskiej, która zarządza subskrypcją, lub dowolnej innej organizacji.”
    Nie wynika z pojedynczego żądania (informacja): tabele Contact Center już podają każdą relację.

  Zasada: R22 — Pełny administrator mający tylko licencję standardową Contact Center korzysta wyłącznie z Agent Desktop
    Źródło 000_b753c62a2268bcd7.txt:88: „W przypadku przydzielenia użytkownikowi pełnej roli z Webex
    licencją programu Contact Center nie będzie można uzyskać dostępu do funkcji administracyjnych w
    portalu zarządzania. Tacy użytkownicy mogą się logować tylko w Agent Desktop.”
    Orzeczenie zestawu (RULINGS §4.4): przy standardowej licencji Contact Center rola pełnego
    administratora członka organizacji klienta nie daje dostępu do Contact Center; inne role zachowują
    swój dostęp.

    @R22 @enforced
    Scenariusz: Pełny administrator ze standardową licencją Contact Center korzysta tylko z Agent Desktop
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz administrator ma standardową licencję Webex Contact Center
      Wtedy poziom dostępu do funkcji "Administrowanie wszystkimi funkcjami centrum kontaktów" wynosi "Brak"
      Oraz poziom dostępu do funkcji "Zarządzanie godzinami pracy" wynosi "Brak"

    @R22 @enforced
    Scenariusz: Licencja standardowa nie odbiera niczego innym rolom administratora
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz administrator ma również rolę "Supervisor"
      Oraz administrator ma standardową licencję Webex Contact Center
      Wtedy poziom dostępu do funkcji "Zarządzanie godzinami pracy" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Wysyłanie wiadomości e-mail z aktywacją" wynosi "Brak"

  Zasada: R23 — Użytkownik ma co najwyżej jedną z ról: Administrator usługi centrum kontaktu, pełny administrator, administrator tylko do odczytu
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:123: „Du kan kun tildele en bruger med én af disse roller:
    Administrator af kontaktcentertjeneste, fuld administrator eller skrivebeskyttet administrator.”
    Orzeczenie zestawu (RULINGS §4.5): zestaw czyta to zdanie jako wyłączność: użytkownik ma najwyżej
    jedną z trzech ról.

    @R23 @enforced
    Scenariusz: Pełny administrator nie może być jednocześnie administratorem usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R23

    @R23 @enforced
    Scenariusz: Administrator usługi nie może być jednocześnie administratorem tylko do odczytu
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R23

    @R23 @enforced
    Scenariusz: Administrator pomocy może być także administratorem usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" ma rolę "Administrator pomocy"
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona na mocy reguły R23

  Zasada: R24 — Brak Administratora usługi centrum kontaktu z organizacji zewnętrznej z włączonym Contact Center
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:140: „Webex Contact Center understøtter ikke tilføjelse af
    en administrator af kontaktcentertjenesten fra en ekstern organisation, hvis kontaktcentertjenesten
    også er aktiveret for den eksterne organisation.”
    Orzeczenie zestawu (RULINGS §4.3): administrator zewnętrzny nigdy nie przypisuje roli administratora
    usługi centrum kontaktu użytkownikowi organizacji zewnętrznej.

    @R24 @enforced
    Scenariusz: Nie ma administratora usługi z organizacji zewnętrznej, która sama ma Contact Center
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Oraz w organizacji macierzystej użytkownika włączono Contact Center
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R24

    @R24 @enforced
    Scenariusz: Administrator usługi z organizacji zewnętrznej bez Contact Center
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona

  Zasada: R25 — Brak roli Administrator usługi centrum kontaktu dla użytkownika zewnętrznego z organizacji partnerskiej udostępniającej usługę
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:142: „Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en ekstern bruger fra en klargøringspartnerorganisation.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:284: „• Tildele rollen som administrator af
    kontaktcentertjeneste til en ekstern bruger, der er fra en klargøringspartnerorganisation.”
    Orzeczenie zestawu (RULINGS §4.3): administrator zewnętrzny nigdy nie przypisuje roli administratora
    usługi centrum kontaktu użytkownikowi organizacji zewnętrznej.

    @R25 @enforced
    Scenariusz: Użytkownik partnerskiej organizacji udostępniającej usługę nie otrzymuje roli administratora usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R25

    @R25 @enforced
    Scenariusz: Użytkownik dowolnej innej organizacji może być administratorem usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona

  Zasada: R26 — Zewnętrzny Administrator usługi centrum kontaktu przypisuje tę rolę tylko użytkownikom klienta
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:161: „Tildel rollen Administrator af kontaktcentertjeneste
    til en bruger fra kundeorganisationen.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:166: „Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en anden ekstern bruger. Du kan kun tildele rollen til en bruger fra
    kundeorganisationen.”
    Orzeczenie zestawu (RULINGS §4.3): administrator zewnętrzny nigdy nie przypisuje roli administratora
    usługi centrum kontaktu użytkownikowi organizacji zewnętrznej.

    @R26 @enforced
    Scenariusz: Zewnętrzny administrator usługi nadaje rolę użytkownikowi organizacji klienta
      Zakładając, że administrator z organizacji typu "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona

    @R26 @enforced
    Scenariusz: Zewnętrzny administrator usługi nie dodaje kolejnego zewnętrznego administratora usługi
      Zakładając, że administrator z organizacji typu "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R26

  Zasada: R27 — Administrator usługi centrum kontaktu nie może dodawać ani usuwać użytkowników
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:219: „Som tjenesteadministratoren kan du få vist
    organisationens brugere. Du kan ikke tilføje, slette, aktivere eller deaktivere brugere fra
    organisationen.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:222: „Du kan kun tildele eller fjerne tildeling af
    administratorrollen for kontaktcentertjeneste for en bruger.”

    @R27 @enforced
    Scenariusz: Administrator usługi nadaje rolę administratora usługi
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator usługi centrum kontaktu"
      Wtedy zmiana jest dozwolona na mocy reguły R27

    @R27 @enforced
    Scenariusz: Administrator usługi nie nadaje żadnej innej roli
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator pomocy"
      Wtedy zmiana zostaje odrzucona na mocy reguły R27

    @R27 @enforced
    Scenariusz: Administrator usługi ani nie dodaje, ani nie usuwa użytkowników
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Wtedy poziom dostępu do funkcji "Dodawanie lub usuwanie użytkowników w organizacji klienta" wynosi "Brak"
      Oraz poziom dostępu do funkcji "Wysyłanie wiadomości e-mail z aktywacją" wynosi "Pełny dostęp"

  Zasada: R28 — Administrator usługi centrum kontaktu nie może korzystać z kreatora konfiguracji usług
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:180: „Som administrator af kontaktcentertjenesten kan du
    ikke få adgang til guiden Opsætning af tjenester.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:192: „Når en fuldgyldig administrator har fuldført guiden
    Opsætning af tjenester, kan du konfigurere Webex kontaktcenter.”
    Contact Center można skonfigurować, gdy pełny administrator ukończy kreator.
    Nie wynika z pojedynczego żądania (informacja): kreator nie jest uprawnieniem z tabel uprawnień.

  Zasada: R29 — Administrator usługi centrum kontaktu widzi tylko innych administratorów usługi
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:254: „Som administrator af kontaktcentertjenesten kan du
    kun få vist andre administratorbrugere af kontaktcentertjenesten. Du kan ikke få vist
    administratorer med fulde rettigheder eller administratorer af andre tjenester i organisationen.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:286: „• Vise eksterne administratorer med andre roller end
    administratoren af kontaktcentertjenesten.”

    @R29 @enforced
    Scenariusz: Administrator usługi widzi tylko innych administratorów usługi
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
      Wtedy poziom dostępu do funkcji "Wyświetlanie listy innych zewnętrznych administratorów" wynosi "Pełny dostęp" w zakresie "Tylko inni administratorzy usługi"

    @R29 @enforced
    Scenariusz: Pełny administrator widzi wszystkich administratorów zewnętrznych
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Wtedy poziom dostępu do funkcji "Wyświetlanie listy innych zewnętrznych administratorów" wynosi "Pełny dostęp" w zakresie "-"

  Zasada: R30 — Co może zewnętrzny Administrator usługi centrum kontaktu
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:274: „Hvis du er ekstern administrator med rollen
    Administrator af kontaktcentertjeneste, kan du udføre følgende opgaver:”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:276: „• Få vist og opdatere rollen Administrator af
    kontaktcentertjeneste for en bruger i kundeorganisationen.”

    @R30 @enforced
    Scenariusz: Zewnętrzny administrator usługi zarządza licencjami i rolą użytkowników klienta
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
      Wtedy poziom dostępu do funkcji "Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów" wynosi "Brak"

    @R30 @enforced
    Scenariusz: Zewnętrzny administrator usługi nadaje rolę tylko użytkownikom klienta
      Zakładając, że mowa o tabeli "Przypisywanie użytkownikowi roli Administrator usługi centrum kontaktu"
      Oraz administrator z organizacji typu "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
      Wtedy poziom dostępu do funkcji "Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej" wynosi "Brak"

  Zasada: R31 — Kolumny szablonu CSV Contact Center
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:240: „I skabelonen CSV kan du kun angive
    standardkolonnerne Webex Contact Center premium og Webex Contact Center til Sandt eller Falsk .”
    Nie wynika z pojedynczego żądania (informacja): chodzi o szablon pliku, a nie o decyzję.

  Zasada: R32 — Supervisor zarządza tylko godzinami pracy, zgodnie z profilami użytkowników
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:100: „Har begrænset adgang til Control Hub, kun til
    åbningstiden. En supervisor kan administrere alle aktiviteter, der er relateret til virksomhedens
    åbningstider, f.eks.:”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:109: „Supervisorens adgang til åbningstid styres
    udelukkende af brugerprofiler.”

    @R32 @enforced
    Scenariusz: Supervisor zarządza wyłącznie godzinami pracy
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja klienta" ma rolę "Supervisor"
      Wtedy poziom dostępu do funkcji "Zarządzanie godzinami pracy" wynosi "Pełny dostęp"
      Oraz poziom dostępu do funkcji "Administrowanie wszystkimi funkcjami centrum kontaktów" wynosi "Brak"

    @R32 @enforced
    Scenariusz: Nie ma superwizora spoza organizacji klienta
      Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Supervisor"
      Wtedy poziom dostępu do funkcji "Zarządzanie godzinami pracy" wynosi "nie dotyczy"

  Zasada: R52 — Inne czynności Administratora usługi centrum kontaktu w Control Hub
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po duńsku 001_c4461c6f41d4b583.txt:174: „• Udføre kontaktcenterspecifikke
    administrationsaktiviteter på Control Hub som forklaret i de følgende afsnit.”
    Źródło po duńsku 001_c4461c6f41d4b583.txt:176: „• Få adgang til alle funktioner under fanen
    Kontaktcentertjenester på Control Hub og på Management Portal.”
    Administrator usługi może korzystać ze wszystkich funkcji karty usług Contact Center i Portalu
    zarządzania, ponownie wysłać wiadomość aktywacyjną, zobaczyć subskrypcje i wykorzystanie licencji
    organizacji oraz stan usług Webex.
    Nie wynika z pojedynczego żądania (informacja): te strony nie są uprawnieniami z tabel uprawnień.
