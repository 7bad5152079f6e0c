# language: pl
Właściwość: Reguły administratorów zewnętrznych
  Kto może zostać administratorem zewnętrznym organizacji klienta, z jakimi rolami i kto może te
  role zmieniać.

  @R33 @informative
  Scenariusz: Administratorzy zewnętrzni i ich trzy rodzaje
    Każdą osobę spoza organizacji można dodać jako administratora zewnętrznego; administratorzy
    organizacji partnerskiej także są administratorami zewnętrznymi. Są to administratorzy pełni,
    tylko do odczytu lub udostępniający usługę; ci ostatni są dodawani, gdy partner realizuje
    zamówienia Webex.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "tabela ról administratora zewnętrznego mówi, co może każdy rodzaj"

  @R34 @informative
  Scenariusz: Administratorzy zewnętrzni są wymienieni na osobnej karcie
    Wtedy RoleTCK tego nie sprawdza, ponieważ "chodzi o sposób wyświetlania listy administratorów w Control Hub"

  @R35 @informative
  Scenariusz: Dostęp tylko do odczytu personelu pomocy technicznej wygasa sam
    Personel pomocy technicznej, który wchodzi do organizacji, ma zwykle rolę administratora tylko
    do odczytu, odbieraną automatycznie po pewnym czasie.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "żądanie nie niesie informacji o czasie"

  @R36 @enforced
  Scenariusz: Administrator zewnętrzny nie może dodać kolejnego administratora zewnętrznego
    Zakładając, że administrator z organizacji "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R36

  @R36 @enforced
  Scenariusz: Pełny administrator organizacji klienta dodaje administratora zewnętrznego
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R36 @enforced
  Scenariusz: Żaden administrator zewnętrzny nie może dodawać administratorów zewnętrznych
    Zakładając, że mowa o tabeli "Role administratora zewnętrznego"
    Oraz administrator z organizacji "Każda inna organizacja" ma rolę "Zewnętrzny pełny administrator"
    Wtedy jego dostęp do "Dodawanie administratorów zewnętrznych" to "Brak"

  @R37 @enforced
  Scenariusz: Partner, który sprzedał usługi, odzyskuje dostęp jako administrator udostępniający usługę
    Zakładając, że administrator z organizacji "Organizacja partnerska" ma rolę "Administrator tylko do odczytu"
    Oraz organizacja administratora ma aktywną relację sprzedaży z klientem
    Gdy administrator przypisuje sobie rolę "Administrator udostępniający usługę"
    Wtedy zmiana jest dozwolona na mocy reguły R37

  @R37 @enforced
  Scenariusz: Bez aktywnej relacji sprzedaży partner nie może go odzyskać
    Zakładając, że administrator z organizacji "Organizacja partnerska" ma rolę "Administrator tylko do odczytu"
    Gdy administrator przypisuje sobie rolę "Administrator udostępniający usługę"
    Wtedy zmiana zostaje odrzucona na mocy reguły R37

  @R37 @enforced
  Scenariusz: Partner nie może uczynić siebie pełnym administratorem
    Zakładając, że administrator z organizacji "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
    Oraz organizacja administratora ma aktywną relację sprzedaży z klientem
    Gdy administrator przypisuje sobie rolę "Administrator z pełnymi uprawnieniami"
    Wtedy zmiana zostaje odrzucona na mocy reguły R37

  @R38 @enforced
  Scenariusz: Pełny administrator organizacji klienta odbiera rolę administratorowi partnera
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
    Gdy administrator odbiera użytkownikowi rolę "Administrator udostępniający usługę"
    Wtedy zmiana jest dozwolona na mocy reguły R38

  @R38 @enforced
  Scenariusz: Administrator tylko do odczytu organizacji klienta nie odbiera ról administratorowi partnera
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
    Oraz użytkownik z organizacji "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
    Gdy administrator odbiera użytkownikowi rolę "Administrator udostępniający usługę"
    Wtedy zmiana zostaje odrzucona na mocy reguły R01

  @R39 @informative
  Scenariusz: Administratorzy zewnętrzni jako droga wejścia, gdy logowanie jednokrotne zawiedzie
    Wtedy RoleTCK tego nie sprawdza, ponieważ "to rada, po co dodawać administratorów zewnętrznych"

  @R40 @informative
  Scenariusz: Zewnętrzny pełny administrator loguje się raz, zanim uzyska dostęp do witryn spotkań
    Wtedy RoleTCK tego nie sprawdza, ponieważ "żądanie nie mówi, czy ktoś już się zalogował"

  @R41 @enforced
  Scenariusz: Użytkownik organizacji konsumenckiej nie może być administratorem zewnętrznym
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Oraz organizacją macierzystą użytkownika jest organizacja konsumencka
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R41

  @R41 @enforced
  Scenariusz: Użytkownik organizacji z bezpłatną samodzielną rejestracją może być administratorem zewnętrznym
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Oraz organizacją macierzystą użytkownika jest organizacja z bezpłatną samodzielną rejestracją
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R42 @enforced
  Scenariusz: Użytkownik organizacji partnerskiej zostaje administratorem pełnym lub udostępniającym usługę
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator udostępniający usługę"
    Wtedy zmiana jest dozwolona na mocy reguły R01

  @R42 @enforced
  Scenariusz: Użytkownik organizacji partnerskiej nie zostaje administratorem tylko do odczytu
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Organizacja partnerska" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana zostaje odrzucona na mocy reguły R42

  @R42 @enforced
  Scenariusz: Użytkownik dowolnej innej organizacji nie zostaje administratorem udostępniającym usługę
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator udostępniający usługę"
    Wtedy zmiana zostaje odrzucona na mocy reguły R42

  @R42 @enforced
  Scenariusz: Użytkownik dowolnej innej organizacji nie zostaje administratorem pomocy
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" nie ma żadnej roli administratora
    Gdy administrator przypisuje użytkownikowi rolę "Administrator pomocy"
    Wtedy zmiana zostaje odrzucona na mocy reguły R42

  @R43 @enforced
  Scenariusz: Pełny administrator awansuje zewnętrznego administratora tylko do odczytu na pełnego administratora
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" ma rolę "Administrator tylko do odczytu"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator z pełnymi uprawnieniami"
    Wtedy zmiana jest dozwolona na mocy reguły R43

  @R43 @enforced
  Scenariusz: Pełny administrator degraduje zewnętrznego pełnego administratora do administratora tylko do odczytu
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Oraz użytkownik z organizacji "Każda inna organizacja" ma rolę "Administrator z pełnymi uprawnieniami"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator tylko do odczytu"
    Wtedy zmiana jest dozwolona na mocy reguły R43

  @R43 @enforced
  Scenariusz: Administrator tylko do odczytu nikogo nie awansuje
    Zakładając, że administrator z organizacji "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
    Oraz użytkownik z organizacji "Każda inna organizacja" ma rolę "Administrator tylko do odczytu"
    Gdy administrator przypisuje użytkownikowi rolę "Administrator z pełnymi uprawnieniami"
    Wtedy zmiana zostaje odrzucona na mocy reguły R01

  @R44 @informative
  Scenariusz: Odebranie wszystkich uprawnień administratora usuwa jego rekordy
    Aby przywrócić administratora, trzeba go dodać ponownie.

    Wtedy RoleTCK tego nie sprawdza, ponieważ "rekordy nie są częścią decyzji o rolach"

  @R45 @informative
  Scenariusz: Nadawaj administratorom zewnętrznym role pełne, tylko do odczytu lub udostępniające usługę, aby określić ich obowiązki
    Wtedy RoleTCK tego nie sprawdza, ponieważ "to rada dotycząca podziału obowiązków"
