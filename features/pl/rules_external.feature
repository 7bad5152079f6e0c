# language: pl
Właściwość: Reguły administratorów zewnętrznych
  Kto może zostać administratorem zewnętrznym organizacji klienta, z jakimi rolami i kto może te
  role zmieniać.

  Zasada: R33 — Administratorzy zewnętrzni: kim są i ich trzy rodzaje
    Źródło 002_eb43fb2dbe00fd3d.txt:282: „Możesz dodać każdą osobę spoza organizacji jako administratora
    zewnętrznego. Administratorzy z organizacji partnerskiej są również uważani za administratorów
    zewnętrznych w organizacji. Można również zarządzać uprawnieniami administratora zewnętrznego i
    definiować ich jako zewnętrznych administratorów pełnych, zewnętrznych administratorów tylko do
    odczytu i administratorów obsługujących. Administratorzy aprowizujący są dodawani, gdy partner
    obsługuje zamówienia usług Webex.”
    Każdą osobę spoza organizacji można dodać jako administratora zewnętrznego; administratorzy
    organizacji partnerskiej także są administratorami zewnętrznymi. Są to administratorzy pełni, tylko
    do odczytu lub udostępniający usługę; ci ostatni są dodawani, gdy partner realizuje zamówienia
    Webex.
    Nie wynika z pojedynczego żądania (informacja): tabela ról administratora zewnętrznego mówi, co może
    każdy rodzaj.

  Zasada: R34 — Administratorzy zewnętrzni są wymienieni na karcie Administratorzy zewnętrzni
    Źródło 002_eb43fb2dbe00fd3d.txt:287: „Każda osoba spoza organizacji, która ma dostęp do centrum
    sterowania organizacji, jest wyświetlana w sekcji Użytkownicy na karcie Administratorzy zewnętrzni.”
    Nie wynika z pojedynczego żądania (informacja): chodzi o sposób wyświetlania listy administratorów w
    Control Hub.

  Zasada: R35 — Dostęp tylko do odczytu personelu pomocy technicznej jest odbierany automatycznie
    Źródło 002_eb43fb2dbe00fd3d.txt:289: „Personel pomocy technicznej, który uzyskuje dostęp do
    organizacji, zazwyczaj ma rolę administratora tylko do odczytu. Dostęp administratora tylko do
    odczytu jest automatycznie odwoływany po pewnym czasie. Możesz udzielić lub odmówić dostępu
    administracyjnegokażdemu.”
    Personel pomocy technicznej, który wchodzi do organizacji, ma zwykle rolę administratora tylko do
    odczytu, odbieraną automatycznie po pewnym czasie.
    Nie wynika z pojedynczego żądania (informacja): żądanie nie niesie informacji o czasie.

  Zasada: R36 — Administratorzy zewnętrzni nie mogą dodawać administratorów zewnętrznych
    Źródło 002_eb43fb2dbe00fd3d.txt:364: „Administratorzy zewnętrzni nie mogą dodawać kolejnych
    administratorów zewnętrznych do organizacji.”
    Orzeczenie zestawu (RULINGS §4.3): administrator zewnętrzny nigdy nie przypisuje roli administratora
    usługi centrum kontaktu użytkownikowi organizacji zewnętrznej.

    @R36 @enforced
    Scenariusz: Administrator zewnętrzny nie może dodać kolejnego administratora zewnętrznego
      Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R36

    @R36 @enforced
    Scenariusz: Pełny administrator organizacji klienta dodaje administratora zewnętrznego
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana jest dozwolona

    @R36 @enforced
    Scenariusz: Żaden administrator zewnętrzny nie może dodawać administratorów zewnętrznych
      Zakładając, że mowa o tabeli "Role administratora zewnętrznego"
      Oraz administrator z organizacji typu "Każda inna organizacja" ma rolę "Zewnętrzny pełny administrator"
      Wtedy poziom dostępu do funkcji "Dodawanie administratorów zewnętrznych" wynosi "Brak"

  Zasada: R37 — Partner sprzedający odzyskuje dostęp jako administrator udostępniający usługę, ale nie może nadać sobie pełnych uprawnień
    Źródło 002_eb43fb2dbe00fd3d.txt:284: „Administratorów zewnętrznych można usunąć z organizacji w
    dowolnym momencie. Dopóki jednak istnieje aktywna relacja sprzedaży między organizacją a partnerem,
    od którego zakupiono usługi, partner ten może odzyskać dostęp do organizacji, przypisując sobie rolę
    administratora obsługującego, co oznacza, że partner zawsze będzie miał dostęp do organizacji.
    Partner nie może przypisać sobie dostępu jako pełny administrator. Jeśli nie chcesz, aby partner, od
    który kupiłeś usługi, miał w ogóle dostęp do Twojej organizacji, musisz skontaktować się z
    partnerem.”

    @R37 @enforced
    Scenariusz: Partner, który sprzedał usługi, odzyskuje dostęp jako administrator udostępniający usługę
      Zakładając, że osoba z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Oraz organizacja administratora ma aktywną relację sprzedażową z klientem
      Gdy administrator przypisze sobie rolę "Administrator udostępniający usługę"
      Wtedy zmiana jest dozwolona na mocy reguły R37

    @R37 @enforced
    Scenariusz: Bez aktywnej relacji sprzedaży partner nie może go odzyskać
      Zakładając, że osoba z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze sobie rolę "Administrator udostępniający usługę"
      Wtedy zmiana zostaje odrzucona na mocy reguły R37

    @R37 @enforced
    Scenariusz: Partner nie może uczynić siebie pełnym administratorem
      Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
      Oraz organizacja administratora ma aktywną relację sprzedażową z klientem
      Gdy administrator przypisze sobie rolę "Administrator z pełnymi uprawnieniami"
      Wtedy zmiana zostaje odrzucona na mocy reguły R37

  Zasada: R38 — Pełny administrator klienta może zmieniać role partnera; partner sprzedający zachowuje dostęp do udostępniania usług
    Źródło 002_eb43fb2dbe00fd3d.txt:375: „W dowolnym momencie pełny administrator w organizacji klienta
    może zmienić lub usunąć rolę administratora z organizacji partnerskiej. Jeśli jednak Twoja
    organizacja sprzedawała usługi klientowi, zawsze będziesz mieć dostęp do Centrum sterowania klienta
    jako administrator obsługi administracyjnej. Wszyscy administratorzy w organizacji partnerskiej będą
    również nadal mieli dostęp administracyjny do centrum sterowania klienta, jeśli co najmniej jeden z
    nich pozostanie z rolą administratora w organizacji klienta.”

    @R38 @enforced
    Scenariusz: Pełny administrator organizacji klienta odbiera rolę administratorowi partnera
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
      Gdy administrator odbierze użytkownikowi rolę "Administrator udostępniający usługę"
      Wtedy zmiana jest dozwolona na mocy reguły R38

    @R38 @R01 @enforced
    Scenariusz: Administrator tylko do odczytu organizacji klienta nie odbiera ról administratorowi partnera
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
      Gdy administrator odbierze użytkownikowi rolę "Administrator udostępniający usługę"
      Wtedy zmiana zostaje odrzucona na mocy reguły R01

  Zasada: R39 — Awaryjni administratorzy zewnętrzni
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:330: „SSO ile yapılandırılmış bir kuruluş için SSO düzgün
    çalışmaması gibi acil oturum açma sorunları olması durumunda kuruluşunuza erişmenin bir yolu olarak
    harici yöneticiler atayabilirsiniz.”
    Nie wynika z pojedynczego żądania (informacja): to rada, po co dodawać administratorów zewnętrznych.

  Zasada: R40 — Zewnętrzny pełny administrator musi raz się zalogować, zanim uzyska dostęp do witryn spotkań
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:334: „Harici yönetici, toplantı sitelerine yönetici
    erişimi alabilmesi için harici tam yönetici rolüne atandıktan sonra Control Hub'da bir kez oturum aç
    açmalıdır.”
    Nie wynika z pojedynczego żądania (informacja): żądanie nie mówi, czy ktoś już się zalogował.

  Zasada: R41 — Użytkownicy organizacji z bezpłatną samodzielną rejestracją mogą być administratorami zewnętrznymi, użytkownicy organizacji konsumenckiej nie
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:424: „Ücretsiz kendi kendine oturum aç kuruluşlardaki
    kullanıcılar, harici yöneticiler olarak eklenebilir. Ancak, tüketici organizasyonunun parçası olan
    kullanıcılar harici yönetici olarak eklenemez. Tüketici organizasyonundaki kullanıcıların
    e-postalarını doğrulamaya çalıştığınızda Control Hub bir hata gösterecektir.”

    @R41 @enforced
    Scenariusz: Użytkownik organizacji konsumenckiej nie może być administratorem zewnętrznym
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Oraz organizacją macierzystą użytkownika jest organizacja konsumencka
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R41

    @R41 @enforced
    Scenariusz: Użytkownik organizacji z bezpłatną samodzielną rejestracją może być administratorem zewnętrznym
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Oraz organizacją macierzystą użytkownika jest organizacja z bezpłatną samodzielną rejestracją
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana jest dozwolona na mocy reguły R41

  Zasada: R42 — Wybór ról przy dodawaniu administratora zewnętrznego
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:444: „Bu kullanıcı, aboneliğinizi yöneten bir ortak
    kuruluşa aitse, Tam yönetici ayrıcalıkları veya yönetici ayrıcalıkları . Başka bir kuruluştan
    geliyorlarsa, şunları seçin:”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:448: „• İletişim Merkezi hizmet yöneticisi (varsa)”
    Orzeczenie zestawu (RULINGS §4.10): użytkownika organizacji partnerskiej dodaje się tylko jako
    pełnego administratora lub administratora udostępniającego usługę; tabele dostępu zachowują komórki
    innych ról.

    @R42 @enforced
    Scenariusz: Użytkownik organizacji partnerskiej zostaje administratorem pełnym lub udostępniającym usługę
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator udostępniający usługę"
      Wtedy zmiana jest dozwolona na mocy reguły R42

    @R42 @enforced
    Scenariusz: Użytkownik organizacji partnerskiej nie zostaje administratorem tylko do odczytu
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Organizacja partnerska" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana zostaje odrzucona na mocy reguły R42

    @R42 @enforced
    Scenariusz: Użytkownik dowolnej innej organizacji nie zostaje administratorem udostępniającym usługę
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator udostępniający usługę"
      Wtedy zmiana zostaje odrzucona na mocy reguły R42

    @R42 @enforced
    Scenariusz: Użytkownik dowolnej innej organizacji nie zostaje administratorem pomocy
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" nie ma żadnej roli administratora
      Gdy administrator przypisze użytkownikowi rolę "Administrator pomocy"
      Wtedy zmiana zostaje odrzucona na mocy reguły R42

  Zasada: R43 — Pełny administrator awansuje i degraduje administratorów zewnętrznych
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:456: „Kuruluşunuzun tam yöneticisi olarak, harici
    yöneticiler için yönetici ayrıcalıkları da ayarlayabilirsiniz.”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:474: „• Yöneticiyi tam yöneticiye yükseltmek için,
    altında Yönetici rolleri , kontrol et Tam yönetici ayrıcalığı .”

    @R43 @enforced
    Scenariusz: Pełny administrator awansuje zewnętrznego administratora tylko do odczytu na pełnego administratora
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" ma rolę "Administrator tylko do odczytu"
      Gdy administrator przypisze użytkownikowi rolę "Administrator z pełnymi uprawnieniami"
      Wtedy zmiana jest dozwolona na mocy reguły R43

    @R43 @enforced
    Scenariusz: Pełny administrator degraduje zewnętrznego pełnego administratora do administratora tylko do odczytu
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" ma rolę "Administrator z pełnymi uprawnieniami"
      Gdy administrator przypisze użytkownikowi rolę "Administrator tylko do odczytu"
      Wtedy zmiana jest dozwolona na mocy reguły R43

    @R43 @R01 @enforced
    Scenariusz: Administrator tylko do odczytu nikogo nie awansuje
      Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
      Oraz użytkownik z organizacji typu "Każda inna organizacja" ma rolę "Administrator tylko do odczytu"
      Gdy administrator przypisze użytkownikowi rolę "Administrator z pełnymi uprawnieniami"
      Wtedy zmiana zostaje odrzucona na mocy reguły R01

  Zasada: R44 — Odebranie uprawnień administratora usuwa wszystkie rekordy
    Żadne źródło nie podaje tej zasady po polsku; poniżej cytat w języku źródła.
    Źródło po turecku 004_56a03cdc9c18ca52.txt:482: „• yönetici ayrıcalıkları tamamen iptal etmek için,
    altında Yönetici ayrıcalığını iptal et , tıklayın Yönetici ayrıcalığını iptal et ve sonra seçin
    ayrıcalığı iptal et .”
    Źródło po turecku 004_56a03cdc9c18ca52.txt:487: „yönetici ayrıcalıkları iptal edilmesi, yöneticinin
    tüm kayıtlarını siler ve eski durumuna getirmek için yeniden eklenmesi gerekir.”
    Aby przywrócić administratora, trzeba go dodać ponownie.
    Nie wynika z pojedynczego żądania (informacja): rekordy nie są częścią decyzji o rolach.

  Zasada: R45 — Przypisuj administratorów zewnętrznych jako pełnych, tylko do odczytu lub udostępniających usługę
    Źródło 002_eb43fb2dbe00fd3d.txt:366: „Przypisz administratorów zewnętrznych jako administratorów
    pełnych, tylko do odczytu lub administratorów aprowizujących, aby jasno określić, jakie są ich
    obowiązki w organizacji. Podział obowiązków administracyjnych może również zapewnić większą
    odpowiedzialność w organizacji.”
    Nie wynika z pojedynczego żądania (informacja): to rada dotycząca podziału obowiązków.
