# language: pl
Właściwość: Reguły ról Contact Center
  Kto może mieć i nadawać rolę administratora usługi centrum kontaktu oraz co mogą role Contact
  Center poza tabelą uprawnień.

  @R20 @enforced
  Scenariusz: Rolę administratora usługi można nadać użytkownikowi organizacji klienta
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R20

  @R20 @enforced
  Scenariusz: Rolę administratora usługi można nadać administratorowi zewnętrznemu
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R20

  @R20 @enforced
  Scenariusz: Użytkownik organizacji partnerskiej nie otrzymuje roli administratora usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R25

  @R21 @informative
  Scenariusz: Administrator Contact Center może pochodzić z organizacji klienta, partnera zarządzającego lub dowolnej innej organizacji
    Wtedy RoleTCK tego nie sprawdza, ponieważ "tabele Contact Center już podają każdą relację"

  @R22 @enforced
  Scenariusz: Pełny administrator ze standardową licencją Contact Center korzysta tylko z Agent Desktop
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz administrator ma standardową licencję Webex Contact Center
    Wtedy jego dostęp do "Administrowanie wszystkimi funkcjami centrum kontaktów" to "Brak"
    Oraz jego dostęp do "Zarządzanie godzinami pracy" to "Brak"

  @R22 @enforced
  Scenariusz: Licencja standardowa nie odbiera niczego innym rolom administratora
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz administrator ma również rolę "Supervisor"
    Oraz administrator ma standardową licencję Webex Contact Center
    Wtedy jego dostęp do "Zarządzanie godzinami pracy" to "Pełny dostęp"
    Oraz jego dostęp do "Wyślij wiadomość e-mail o aktywacji" to "Brak"

  @R23 @enforced
  Scenariusz: Pełny administrator nie może być jednocześnie administratorem usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R23

  @R23 @enforced
  Scenariusz: Administrator usługi nie może być jednocześnie administratorem tylko do odczytu
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R23

  @R23 @enforced
  Scenariusz: Administrator pomocy może być także administratorem usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" ma rolę "Administrator pomocy"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R20

  @R24 @enforced
  Scenariusz: Nie ma administratora usługi z organizacji zewnętrznej, która sama ma Contact Center
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Oraz w organizacji macierzystej użytkownika włączono Contact Center
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R24

  @R24 @enforced
  Scenariusz: Administrator usługi z organizacji zewnętrznej bez Contact Center
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R20

  @R25 @enforced
  Scenariusz: Użytkownik partnerskiej organizacji udostępniającej usługę nie otrzymuje roli administratora usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R25

  @R25 @enforced
  Scenariusz: Użytkownik dowolnej innej organizacji może być administratorem usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R27

  @R26 @enforced
  Scenariusz: Zewnętrzny administrator usługi nadaje rolę użytkownikowi organizacji klienta
    Zakładając, że administrator z organizacji "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R27

  @R26 @enforced
  Scenariusz: Zewnętrzny administrator usługi nie dodaje kolejnego zewnętrznego administratora usługi
    Zakładając, że administrator z organizacji "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R26

  @R27 @enforced
  Scenariusz: Administrator usługi nadaje rolę administratora usługi
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator usługi centrum kontaktu"
    Wtedy zmiana jest dozwolona na mocy reguły R27

  @R27 @enforced
  Scenariusz: Administrator usługi nie nadaje żadnej innej roli
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator pomocy"
    Wtedy zmiana zostaje odrzucona na mocy reguły R27

  @R27 @enforced
  Scenariusz: Administrator usługi ani nie dodaje, ani nie usuwa użytkowników
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy jego dostęp do "Dodawanie lub usuwanie użytkowników w organizacji klienta" to "Brak"
    Oraz jego dostęp do "Wyślij wiadomość e-mail o aktywacji" to "Pełny dostęp"

  @R28 @informative
  Scenariusz: Administrator usługi nie może korzystać z kreatora konfiguracji usług
    Contact Center można skonfigurować, gdy pełny administrator ukończy kreator.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "kreator nie jest uprawnieniem z tabel uprawnień"

  @R29 @enforced
  Scenariusz: Administrator usługi widzi tylko innych administratorów usługi
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy jego dostęp do "Wyświetlanie listy innych zewnętrznych administratorów" to "Pełny dostęp", zakres "Tylko inni administratorzy usługi"

  @R29 @enforced
  Scenariusz: Pełny administrator widzi wszystkich administratorów zewnętrznych
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Wtedy jego dostęp do "Wyświetlanie listy innych zewnętrznych administratorów" to "Pełny dostęp", zakres "-"

  @R30 @enforced
  Scenariusz: Zewnętrzny administrator usługi zarządza licencjami i rolą użytkowników klienta
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy jego dostęp do "Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników" to "Pełny dostęp"
    Oraz jego dostęp do "Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów" to "Brak"

  @R30 @enforced
  Scenariusz: Zewnętrzny administrator usługi nadaje rolę tylko użytkownikom klienta
    Zakładając, że mowa o tabeli "Przypisywanie użytkownikowi roli Administrator usługi centrum kontaktu"
    Oraz administrator z organizacji "Każda inna organizacja" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy jego dostęp do "Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta" to "Pełny dostęp"
    Oraz jego dostęp do "Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej" to "Brak"

  @R31 @informative
  Scenariusz: W szablonie CSV można ustawiać tylko kolumny licencji Contact Center
    Wtedy RoleTCK tego nie sprawdza, ponieważ "chodzi o szablon pliku, a nie o decyzję"

  @R32 @enforced
  Scenariusz: Superwizor zarządza wyłącznie godzinami pracy
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja klienta" ma rolę "Supervisor"
    Wtedy jego dostęp do "Zarządzanie godzinami pracy" to "Pełny dostęp"
    Oraz jego dostęp do "Administrowanie wszystkimi funkcjami centrum kontaktów" to "Brak"

  @R32 @enforced
  Scenariusz: Nie ma superwizora spoza organizacji klienta
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Supervisor"
    Wtedy jego dostęp do "Zarządzanie godzinami pracy" to "nie dotyczy"

  @R52 @informative
  Scenariusz: Co jeszcze administrator usługi robi w Control Hub
    Administrator usługi może korzystać ze wszystkich funkcji karty usług Contact Center i Portalu
    zarządzania, ponownie wysłać wiadomość aktywacyjną, zobaczyć subskrypcje i wykorzystanie
    licencji organizacji oraz stan usług Webex.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "te strony nie są uprawnieniami z tabel uprawnień"
