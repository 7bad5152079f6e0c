# language: pl
Właściwość: Reguły ról sprzedaży partnera
  Role pełnego administratora sprzedaży i administratora sprzedaży istnieją tylko w organizacjach
  partnerskich, gdzie nadają je pełni administratorzy i pełni administratorzy sprzedaży.

  @R46 @enforced
  Scenariusz: W organizacji klienta nie nadaje się ról sprzedaży
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja klienta" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator sprzedaży"
    Wtedy zmiana zostaje odrzucona na mocy reguły R46

  @R46 @enforced
  Scenariusz: Pełny administrator organizacji partnerskiej nadaje rolę pełnego administratora sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Wtedy zmiana jest dozwolona na mocy reguły R46

  @R46 @enforced
  Scenariusz: Pełny administrator sprzedaży nadaje rolę administratora sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator sprzedaży"
    Wtedy zmiana jest dozwolona na mocy reguły R46

  @R46 @enforced
  Scenariusz: Administrator sprzedaży nie nadaje żadnej roli sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator sprzedaży"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator sprzedaży"
    Wtedy zmiana zostaje odrzucona na mocy reguły R46

  @R47 @informative
  Scenariusz: Realizacja zamówienia czyni administratora sprzedaży administratorem klienta
    Nowa organizacja klienta czyni go jej pełnym administratorem; istniejąca – administratorem
    udostępniającym usługę.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "realizacja zamówień nie jest żądaniem przypisania roli"

  @R48 @enforced
  Scenariusz: Pełny administrator, który jest też pełnym administratorem sprzedaży, rezygnuje z roli sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz administrator ma również rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Gdy administrator odbiera sobie rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Wtedy zmiana jest dozwolona na mocy reguły R48

  @R48 @enforced
  Scenariusz: Pełny administrator sprzedaży, który nie jest pełnym administratorem, zachowuje rolę sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Gdy administrator odbiera sobie rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Wtedy zmiana zostaje odrzucona na mocy reguły R48

  @R48 @enforced
  Scenariusz: Pełny administrator może być także administratorem sprzedaży
    Zakładając, że administrowana organizacja jest organizacją partnerską
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator sprzedaży"
    Wtedy zmiana jest dozwolona na mocy reguły R46

  @R49 @enforced
  Scenariusz: Administrator sprzedaży zarządza przypisanymi mu klientami
    Zakładając, że mowa o tabeli "Pełna rola administratora sprzedaży i administratora sprzedaży"
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator sprzedaży"
    Wtedy jego dostęp do "Zarządzanie organizacją klienta" to "Pełny dostęp", zakres "Tylko przypisani klienci"

  @R49 @enforced
  Scenariusz: Pełny administrator sprzedaży zarządza wszystkimi klientami
    Zakładając, że mowa o tabeli "Pełna rola administratora sprzedaży i administratora sprzedaży"
    Oraz administrator z organizacji "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Wtedy jego dostęp do "Zarządzanie organizacją klienta" to "Pełny dostęp", zakres "Wszyscy klienci zarządzani przez organizację partnerską"
