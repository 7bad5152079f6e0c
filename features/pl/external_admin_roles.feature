# language: pl
@external_admin_roles
Właściwość: Role administratora zewnętrznego
  Każdą osobę spoza organizacji klienta można dodać jako administratora zewnętrznego: pełnego lub
  tylko do odczytu z organizacji partnerskiej albo z dowolnej innej organizacji, albo administratora
  udostępniającego usługę z organizacji partnerskiej, która realizuje zamówienia.

  Założenia:
    Zakładając, że mowa o tabeli "Role administratora zewnętrznego"

  @cell
  Szablon scenariusza: Zewnętrzny pełny administrator zarządza organizacją, ale nie dodaje administratorów zewnętrznych
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Zewnętrzny pełny administrator"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                | relacja                | dostęp       | zakres                                                               |
      | Zarządzanie użytkownikami                  | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Zarządzanie urządzeniami                   | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Polityka i szablony firmy                  | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Rozwiązywanie problemów                    | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Metryki i powiadomienia pomocy technicznej | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Przypisywanie ról                          | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Licencje i uaktualnienia                   | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Realizacja zamówień                        | Organizacja partnerska | Pełny dostęp | -                                                                    |
      | Dodawanie i usuwanie witryn                | Organizacja partnerska | Pełny dostęp | W przypadku witryn należących do subskrypcji, które partner sprzedał |
      | Dodawanie administratorów zewnętrznych     | Organizacja partnerska | Brak         | -                                                                    |
      | Zarządzanie użytkownikami                  | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Zarządzanie urządzeniami                   | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Polityka i szablony firmy                  | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Rozwiązywanie problemów                    | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Metryki i powiadomienia pomocy technicznej | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Przypisywanie ról                          | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Licencje i uaktualnienia                   | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Realizacja zamówień                        | Każda inna organizacja | Pełny dostęp | -                                                                    |
      | Dodawanie i usuwanie witryn                | Każda inna organizacja | Pełny dostęp | W przypadku witryn należących do subskrypcji, które partner sprzedał |
      | Dodawanie administratorów zewnętrznych     | Każda inna organizacja | Brak         | -                                                                    |

  @cell
  Szablon scenariusza: Zewnętrzny administrator tylko do odczytu czyta, ale niczego nie udostępnia
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Zewnętrzny administrator tylko do odczytu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                | relacja                | dostęp           | zakres |
      | Zarządzanie użytkownikami                  | Organizacja partnerska | Tylko do odczytu | -      |
      | Zarządzanie urządzeniami                   | Organizacja partnerska | Tylko do odczytu | -      |
      | Polityka i szablony firmy                  | Organizacja partnerska | Tylko do odczytu | -      |
      | Rozwiązywanie problemów                    | Organizacja partnerska | Tylko do odczytu | -      |
      | Metryki i powiadomienia pomocy technicznej | Organizacja partnerska | Tylko do odczytu | -      |
      | Przypisywanie ról                          | Organizacja partnerska | Tylko do odczytu | -      |
      | Licencje i uaktualnienia                   | Organizacja partnerska | Tylko do odczytu | -      |
      | Realizacja zamówień                        | Organizacja partnerska | Brak             | -      |
      | Dodawanie i usuwanie witryn                | Organizacja partnerska | Brak             | -      |
      | Dodawanie administratorów zewnętrznych     | Organizacja partnerska | Brak             | -      |
      | Zarządzanie użytkownikami                  | Każda inna organizacja | Tylko do odczytu | -      |
      | Zarządzanie urządzeniami                   | Każda inna organizacja | Tylko do odczytu | -      |
      | Polityka i szablony firmy                  | Każda inna organizacja | Tylko do odczytu | -      |
      | Rozwiązywanie problemów                    | Każda inna organizacja | Tylko do odczytu | -      |
      | Metryki i powiadomienia pomocy technicznej | Każda inna organizacja | Tylko do odczytu | -      |
      | Przypisywanie ról                          | Każda inna organizacja | Tylko do odczytu | -      |
      | Licencje i uaktualnienia                   | Każda inna organizacja | Tylko do odczytu | -      |
      | Realizacja zamówień                        | Każda inna organizacja | Brak             | -      |
      | Dodawanie i usuwanie witryn                | Każda inna organizacja | Brak             | -      |
      | Dodawanie administratorów zewnętrznych     | Każda inna organizacja | Brak             | -      |

  @cell
  Szablon scenariusza: Administrator udostępniający usługę zajmuje się tylko tym, co sprzedał partner
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator udostępniający usługę"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                | relacja                | dostęp       | zakres                             |
      | Zarządzanie użytkownikami                  | Organizacja partnerska | Brak         | -                                  |
      | Zarządzanie urządzeniami                   | Organizacja partnerska | Brak         | -                                  |
      | Polityka i szablony firmy                  | Organizacja partnerska | Brak         | -                                  |
      | Rozwiązywanie problemów                    | Organizacja partnerska | Brak         | -                                  |
      | Metryki i powiadomienia pomocy technicznej | Organizacja partnerska | Brak         | -                                  |
      | Przypisywanie ról                          | Organizacja partnerska | Brak         | -                                  |
      | Licencje i uaktualnienia                   | Organizacja partnerska | Pełny dostęp | Za usługi sprzedane przez partnera |
      | Realizacja zamówień                        | Organizacja partnerska | Pełny dostęp | Za usługi sprzedane przez partnera |
      | Dodawanie i usuwanie witryn                | Organizacja partnerska | Pełny dostęp | Za usługi sprzedane przez partnera |
      | Dodawanie administratorów zewnętrznych     | Organizacja partnerska | Brak         | -                                  |
      | Zarządzanie użytkownikami                  | Każda inna organizacja | nie dotyczy  | -                                  |
      | Zarządzanie urządzeniami                   | Każda inna organizacja | nie dotyczy  | -                                  |
      | Polityka i szablony firmy                  | Każda inna organizacja | nie dotyczy  | -                                  |
      | Rozwiązywanie problemów                    | Każda inna organizacja | nie dotyczy  | -                                  |
      | Metryki i powiadomienia pomocy technicznej | Każda inna organizacja | nie dotyczy  | -                                  |
      | Przypisywanie ról                          | Każda inna organizacja | nie dotyczy  | -                                  |
      | Licencje i uaktualnienia                   | Każda inna organizacja | nie dotyczy  | -                                  |
      | Realizacja zamówień                        | Każda inna organizacja | nie dotyczy  | -                                  |
      | Dodawanie i usuwanie witryn                | Każda inna organizacja | nie dotyczy  | -                                  |
      | Dodawanie administratorów zewnętrznych     | Każda inna organizacja | nie dotyczy  | -                                  |
