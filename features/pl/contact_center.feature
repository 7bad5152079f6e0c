# language: pl
@contact_center
Właściwość: Uprawnienia specyficzne dla centrum kontaktów
  To, co każda rola administratora może robić w Webex Contact Center, zależy od tego, skąd pochodzi
  administrator: z organizacji klienta, z organizacji partnerskiej zarządzającej subskrypcją czy z
  dowolnej innej organizacji. Administrator tylko do odczytu nigdy nie widzi więcej niż
  administrator z pełnymi uprawnieniami z tej samej organizacji.

  Założenia:
    Zakładając, że mowa o tabeli "Uprawnienia specyficzne dla centrum kontaktów"

  @cell
  Szablon scenariusza: Pełny administrator zarządza całym Contact Center, ale tylko administrator klienta nadaje rolę usługi administratorom zewnętrznym
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator z pełnymi uprawnieniami"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                 | relacja                | dostęp       | zakres |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja klienta    | Pełny dostęp | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja klienta    | Pełny dostęp | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja klienta    | Pełny dostęp | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja klienta    | Pełny dostęp | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja klienta    | Pełny dostęp | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja klienta    | Pełny dostęp | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja klienta    | Pełny dostęp | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja partnerska | Pełny dostęp | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja partnerska | Pełny dostęp | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja partnerska | Pełny dostęp | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja partnerska | Pełny dostęp | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja partnerska | Brak         | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja partnerska | Pełny dostęp | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja partnerska | Pełny dostęp | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Każda inna organizacja | Pełny dostęp | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Każda inna organizacja | Pełny dostęp | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Każda inna organizacja | Pełny dostęp | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Każda inna organizacja | Pełny dostęp | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Każda inna organizacja | Brak         | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Każda inna organizacja | Pełny dostęp | -      |
      | Zarządzanie godzinami pracy                                                                 | Każda inna organizacja | Pełny dostęp | -      |

  @cell
  Szablon scenariusza: Administrator usługi centrum kontaktu prowadzi usługę, ale nie jej użytkowników
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                 | relacja                | dostęp       | zakres                            |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja klienta    | Pełny dostęp | -                                 |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja klienta    | Brak         | -                                 |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja klienta    | Pełny dostęp | -                                 |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja klienta    | Pełny dostęp | -                                 |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja klienta    | Pełny dostęp | -                                 |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja klienta    | Pełny dostęp | Tylko inni administratorzy usługi |
      | Zarządzanie godzinami pracy                                                                 | Organizacja klienta    | Pełny dostęp | -                                 |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja partnerska | nie dotyczy  | -                                 |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja partnerska | nie dotyczy  | -                                 |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja partnerska | nie dotyczy  | -                                 |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja partnerska | nie dotyczy  | -                                 |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja partnerska | nie dotyczy  | -                                 |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja partnerska | nie dotyczy  | -                                 |
      | Zarządzanie godzinami pracy                                                                 | Organizacja partnerska | nie dotyczy  | -                                 |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Każda inna organizacja | Pełny dostęp | -                                 |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Każda inna organizacja | Brak         | -                                 |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Każda inna organizacja | Pełny dostęp | -                                 |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Każda inna organizacja | Pełny dostęp | -                                 |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Każda inna organizacja | Brak         | -                                 |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Każda inna organizacja | Pełny dostęp | Tylko inni administratorzy usługi |
      | Zarządzanie godzinami pracy                                                                 | Każda inna organizacja | Pełny dostęp | -                                 |

  @cell
  Szablon scenariusza: Administrator udostępniający usługę z organizacji partnerskiej zarządza funkcjami i widzi innych administratorów zewnętrznych
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator udostępniający usługę"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                 | relacja                | dostęp       | zakres |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja klienta    | nie dotyczy  | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja klienta    | nie dotyczy  | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja klienta    | nie dotyczy  | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja klienta    | nie dotyczy  | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja klienta    | nie dotyczy  | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja klienta    | nie dotyczy  | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja klienta    | nie dotyczy  | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja partnerska | Pełny dostęp | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja partnerska | Brak         | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja partnerska | Brak         | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja partnerska | Brak         | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja partnerska | Brak         | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja partnerska | Pełny dostęp | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja partnerska | Pełny dostęp | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Każda inna organizacja | nie dotyczy  | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Każda inna organizacja | nie dotyczy  | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Każda inna organizacja | nie dotyczy  | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Każda inna organizacja | nie dotyczy  | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Każda inna organizacja | nie dotyczy  | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Każda inna organizacja | nie dotyczy  | -      |
      | Zarządzanie godzinami pracy                                                                 | Każda inna organizacja | nie dotyczy  | -      |

  @cell
  Szablon scenariusza: Administrator tylko do odczytu z organizacji klienta nie ma dostępu do Contact Center, a zewnętrzny tylko czyta
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator tylko do odczytu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                 | relacja                | dostęp           | zakres |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja klienta    | Brak             | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja klienta    | Brak             | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja klienta    | Brak             | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja klienta    | Brak             | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja klienta    | Brak             | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja klienta    | Brak             | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja klienta    | Brak             | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja partnerska | Tylko do odczytu | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja partnerska | Tylko do odczytu | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja partnerska | Tylko do odczytu | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja partnerska | Tylko do odczytu | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja partnerska | Brak             | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja partnerska | Tylko do odczytu | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja partnerska | Tylko do odczytu | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Każda inna organizacja | Tylko do odczytu | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Każda inna organizacja | Tylko do odczytu | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Każda inna organizacja | Tylko do odczytu | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Każda inna organizacja | Tylko do odczytu | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Każda inna organizacja | Brak             | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Każda inna organizacja | Tylko do odczytu | -      |
      | Zarządzanie godzinami pracy                                                                 | Każda inna organizacja | Tylko do odczytu | -      |

  @cell
  Szablon scenariusza: Supervisor zarządza godzinami pracy i niczym więcej
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Supervisor"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                 | relacja                | dostęp       | zakres |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja klienta    | Brak         | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja klienta    | Brak         | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja klienta    | Brak         | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja klienta    | Brak         | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja klienta    | Brak         | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja klienta    | Brak         | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja klienta    | Pełny dostęp | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Organizacja partnerska | nie dotyczy  | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Organizacja partnerska | nie dotyczy  | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Organizacja partnerska | nie dotyczy  | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Organizacja partnerska | nie dotyczy  | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Organizacja partnerska | nie dotyczy  | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Organizacja partnerska | nie dotyczy  | -      |
      | Zarządzanie godzinami pracy                                                                 | Organizacja partnerska | nie dotyczy  | -      |
      | Administrowanie wszystkimi funkcjami centrum kontaktów                                      | Każda inna organizacja | nie dotyczy  | -      |
      | Dodawanie lub usuwanie użytkowników w organizacji klienta                                   | Każda inna organizacja | nie dotyczy  | -      |
      | Wysyłanie wiadomości e-mail z aktywacją                                                     | Każda inna organizacja | nie dotyczy  | -      |
      | Przypisywanie, edytowanie i usuwanie licencji na program Contact Center od użytkowników     | Każda inna organizacja | nie dotyczy  | -      |
      | Dodawanie lub odwoływanie roli Administrator usług kontaktów z zewnętrznych administratorów | Każda inna organizacja | nie dotyczy  | -      |
      | Wyświetlanie listy innych zewnętrznych administratorów                                      | Każda inna organizacja | nie dotyczy  | -      |
      | Zarządzanie godzinami pracy                                                                 | Każda inna organizacja | nie dotyczy  | -      |
