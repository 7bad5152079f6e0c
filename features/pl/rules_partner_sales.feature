# language: pl
Właściwość: Reguły ról sprzedaży partnera
  Role pełnego administratora sprzedaży i administratora sprzedaży istnieją tylko w organizacjach
  partnerskich, gdzie nadają je pełni administratorzy i pełni administratorzy sprzedaży.

  Zasada: R46 — Role pełnego administratora sprzedaży i administratora sprzedaży istnieją tylko w organizacjach partnerskich
    Źródło 002_eb43fb2dbe00fd3d.txt:370: „Role pełnego administratora sprzedaży i administratora
    sprzedaży są dostępne tylko dla organizacji partnerskich w centrum Control Hub. Pełnoprawni
    administratorzy i inni pełnoprawni administratorzy sprzedaży organizacji partnerskich mogą
    przypisywać rolę pełnego administratora sprzedaży lub rolę administratora sprzedaży innym
    użytkownikom.”
    Źródło 002_eb43fb2dbe00fd3d.txt:409: „Jako pełny administrator lub pełny administrator sprzedaży
    możesz przypisać każdemu użytkownikowi w organizacji rolę pełnego administratora sprzedaży lub
    administratora sprzedaży.”

    @R46 @enforced
    Scenariusz: W organizacji klienta nie nadaje się ról sprzedaży
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja klienta" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator sprzedaży"
      Wtedy zmiana zostaje odrzucona na mocy reguły R46

    @R46 @enforced
    Scenariusz: Pełny administrator organizacji partnerskiej nadaje rolę pełnego administratora sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Wtedy zmiana jest dozwolona na mocy reguły R46

    @R46 @enforced
    Scenariusz: Pełny administrator sprzedaży nadaje rolę administratora sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator sprzedaży"
      Wtedy zmiana jest dozwolona na mocy reguły R46

    @R46 @enforced
    Scenariusz: Administrator sprzedaży nie nadaje żadnej roli sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator sprzedaży"
      Wtedy zmiana zostaje odrzucona na mocy reguły R46

  Zasada: R47 — Udostępnienie zamówienia: nowa organizacja daje pełnego administratora, istniejąca administratora udostępniającego usługę
    Źródło 002_eb43fb2dbe00fd3d.txt:372: „Administratorzy sprzedaży i administratorzy sprzedaży, którzy
    aprowizują zlecenie usługi Webex, mogą utworzyć nową organizację odbiorców lub aprowizowanie
    zamówienia dla istniejącej. Jeśli pełny administrator sprzedaży lub administrator sprzedaży utworzy
    nową organizację klienta, automatycznie otrzyma pełne uprawnienia administratora w organizacji
    klienta. Jeśli klient istnieje, otrzymuje rolę administratora aprowującego.”
    Nowa organizacja klienta czyni go jej pełnym administratorem; istniejąca – administratorem
    udostępniającym usługę.
    Nie wynika z pojedynczego żądania (informacja): realizacja zamówień nie jest żądaniem przypisania
    roli.

  Zasada: R48 — Role administratora sprzedaży łączą się z pełnym administratorem; samodzielne usunięcie pełnego administratora sprzedaży
    Źródło 002_eb43fb2dbe00fd3d.txt:412: „Jeśli masz zarówno pełną rolę administratora, jak i pełnego
    administratora sprzedaży, możesz usunąć z siebie rolę pełnego administratora sprzedaży i przypisać
    ją do innego użytkownika.”
    Źródło 002_eb43fb2dbe00fd3d.txt:414: „Użytkownik może pełnić rolę pełnego administratora sprzedaży
    lub administratora sprzedaży wraz z pełnią administratorem.”

    @R48 @enforced
    Scenariusz: Pełny administrator, który jest też pełnym administratorem sprzedaży, rezygnuje z roli sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz administrator ma również rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Gdy administrator odbierze sobie rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Wtedy zmiana jest dozwolona na mocy reguły R48

    @R48 @enforced
    Scenariusz: Pełny administrator sprzedaży, który nie jest pełnym administratorem, zachowuje rolę sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Gdy administrator odbierze sobie rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Wtedy zmiana zostaje odrzucona na mocy reguły R48

    @R48 @enforced
    Scenariusz: Pełny administrator może być także administratorem sprzedaży
      Zakładając, że administrowana organizacja jest organizacją partnerską
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Gdy administrator przypisze użytkownikowi rolę "Administrator sprzedaży"
      Wtedy zmiana jest dozwolona na mocy reguły R48

  Zasada: R49 — Administrator sprzedaży zarządza przypisanymi klientami, pełny administrator sprzedaży wszystkimi
    Źródło 002_eb43fb2dbe00fd3d.txt:428: „• Administrator sprzedaży, jeśli chcesz przypisać określonych
    klientów do zarządzania.”
    Źródło 002_eb43fb2dbe00fd3d.txt:429: „• Pełny administrator sprzedaży, jeśli chcesz, aby zarządzali
    wszystkimi klientami w Twojej organizacji.”

    @R49 @enforced
    Scenariusz: Administrator sprzedaży zarządza przypisanymi mu klientami
      Zakładając, że mowa o tabeli "Pełna rola administratora sprzedaży i administratora sprzedaży"
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży"
      Wtedy poziom dostępu do funkcji "Zarządzanie organizacją klienta" wynosi "Pełny dostęp" w zakresie "Tylko przypisani klienci"

    @R49 @enforced
    Scenariusz: Pełny administrator sprzedaży zarządza wszystkimi klientami
      Zakładając, że mowa o tabeli "Pełna rola administratora sprzedaży i administratora sprzedaży"
      Oraz administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
      Wtedy poziom dostępu do funkcji "Zarządzanie organizacją klienta" wynosi "Pełny dostęp" w zakresie "Wszyscy klienci zarządzani przez organizację partnerską"
