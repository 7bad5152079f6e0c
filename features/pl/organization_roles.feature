# language: pl
@organization_roles
Właściwość: Role w organizacji
  Role administratorów obejmujące całą organizację klienta i to, co każda z nich pozwala robić w
  Control Hub. Te role mają tylko członkowie organizacji klienta; użytkownik może mieć kilka ról i
  wtedy ma najsilniejszy dostęp, jaki daje którakolwiek z nich.

  Założenia:
    Zakładając, że mowa o tabeli "Role w organizacji"

  @cell
  Szablon scenariusza: Administrator z pełnymi uprawnieniami zarządza niemal wszystkim w organizacji
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator z pełnymi uprawnieniami"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp       |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Pełny dostęp |
      | Przypisywanie ról użytkownikom                           | Pełny dostęp |
      | Zarządzanie urządzeniami                                 | Pełny dostęp |
      | Polityka i szablony firmy                                | Pełny dostęp |
      | Analityka i raporty                                      | Pełny dostęp |
      | Rozwiązywanie problemów                                  | Pełny dostęp |
      | Licencje i uaktualnienia                                 | Pełny dostęp |
      | Ustawienia organizacji                                   | Pełny dostęp |
      | Integracje aplikacji                                     | Pełny dostęp |
      | Zarządzanie witryną Webex                                | Pełny dostęp |
      | Dziennik kontrolny działań administratora                | Pełny dostęp |
      | Dostęp do treści generowanych przez użytkowników         | Brak         |
      | Blokada prawna                                           | Brak         |
      | Dostęp do spotkań w toku                                 | Brak         |
      | Dostęp do spotkań na żywo                                | Brak         |
      | Powiadomienia e-mail o produktach                        | Pełny dostęp |

  @cell
  Szablon scenariusza: Administrator tylko do odczytu widzi organizację, ale niczego nie zmienia
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator tylko do odczytu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp           |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Tylko do odczytu |
      | Przypisywanie ról użytkownikom                           | Tylko do odczytu |
      | Zarządzanie urządzeniami                                 | Tylko do odczytu |
      | Polityka i szablony firmy                                | Tylko do odczytu |
      | Analityka i raporty                                      | Tylko do odczytu |
      | Rozwiązywanie problemów                                  | Tylko do odczytu |
      | Licencje i uaktualnienia                                 | Tylko do odczytu |
      | Ustawienia organizacji                                   | Tylko do odczytu |
      | Integracje aplikacji                                     | Tylko do odczytu |
      | Zarządzanie witryną Webex                                | Tylko do odczytu |
      | Dziennik kontrolny działań administratora                | Brak             |
      | Dostęp do treści generowanych przez użytkowników         | Brak             |
      | Blokada prawna                                           | Brak             |
      | Dostęp do spotkań w toku                                 | Brak             |
      | Dostęp do spotkań na żywo                                | Brak             |
      | Powiadomienia e-mail o produktach                        | Brak             |

  @cell
  Szablon scenariusza: Administrator pomocy widzi analitykę i rozwiązywanie problemów
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator pomocy"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp       |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Brak         |
      | Przypisywanie ról użytkownikom                           | Brak         |
      | Zarządzanie urządzeniami                                 | Brak         |
      | Polityka i szablony firmy                                | Brak         |
      | Analityka i raporty                                      | Pełny dostęp |
      | Rozwiązywanie problemów                                  | Pełny dostęp |
      | Licencje i uaktualnienia                                 | Brak         |
      | Ustawienia organizacji                                   | Brak         |
      | Integracje aplikacji                                     | Brak         |
      | Zarządzanie witryną Webex                                | Brak         |
      | Dziennik kontrolny działań administratora                | Brak         |
      | Dostęp do treści generowanych przez użytkowników         | Brak         |
      | Blokada prawna                                           | Brak         |
      | Dostęp do spotkań w toku                                 | Brak         |
      | Dostęp do spotkań na żywo                                | Brak         |
      | Powiadomienia e-mail o produktach                        | Brak         |

  @cell
  Szablon scenariusza: Administrator użytkowników i urządzeń zarządza użytkownikami, ich licencjami i urządzeniami
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator użytkowników i urządzeń"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp       |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Pełny dostęp |
      | Przypisywanie ról użytkownikom                           | Brak         |
      | Zarządzanie urządzeniami                                 | Pełny dostęp |
      | Polityka i szablony firmy                                | Brak         |
      | Analityka i raporty                                      | Brak         |
      | Rozwiązywanie problemów                                  | Brak         |
      | Licencje i uaktualnienia                                 | Pełny dostęp |
      | Ustawienia organizacji                                   | Brak         |
      | Integracje aplikacji                                     | Brak         |
      | Zarządzanie witryną Webex                                | Brak         |
      | Dziennik kontrolny działań administratora                | Brak         |
      | Dostęp do treści generowanych przez użytkowników         | Brak         |
      | Blokada prawna                                           | Brak         |
      | Dostęp do spotkań w toku                                 | Brak         |
      | Dostęp do spotkań na żywo                                | Brak         |
      | Powiadomienia e-mail o produktach                        | Brak         |

  @cell
  Szablon scenariusza: Administrator urządzeń zarządza wyłącznie urządzeniami
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Administrator urządzeń"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp       |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Brak         |
      | Przypisywanie ról użytkownikom                           | Brak         |
      | Zarządzanie urządzeniami                                 | Pełny dostęp |
      | Polityka i szablony firmy                                | Brak         |
      | Analityka i raporty                                      | Brak         |
      | Rozwiązywanie problemów                                  | Brak         |
      | Licencje i uaktualnienia                                 | Brak         |
      | Ustawienia organizacji                                   | Brak         |
      | Integracje aplikacji                                     | Brak         |
      | Zarządzanie witryną Webex                                | Brak         |
      | Dziennik kontrolny działań administratora                | Brak         |
      | Dostęp do treści generowanych przez użytkowników         | Brak         |
      | Blokada prawna                                           | Brak         |
      | Dostęp do spotkań w toku                                 | Brak         |
      | Dostęp do spotkań na żywo                                | Brak         |
      | Powiadomienia e-mail o produktach                        | Brak         |

  @cell
  Szablon scenariusza: Oficer ds. zgodności ma dostęp do treści użytkowników i blokady prawnej
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Oficer ds. zgodności"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp       |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Brak         |
      | Przypisywanie ról użytkownikom                           | Brak         |
      | Zarządzanie urządzeniami                                 | Brak         |
      | Polityka i szablony firmy                                | Brak         |
      | Analityka i raporty                                      | Brak         |
      | Rozwiązywanie problemów                                  | Brak         |
      | Licencje i uaktualnienia                                 | Brak         |
      | Ustawienia organizacji                                   | Brak         |
      | Integracje aplikacji                                     | Brak         |
      | Zarządzanie witryną Webex                                | Brak         |
      | Dziennik kontrolny działań administratora                | Brak         |
      | Dostęp do treści generowanych przez użytkowników         | Pełny dostęp |
      | Blokada prawna                                           | Pełny dostęp |
      | Dostęp do spotkań w toku                                 | Brak         |
      | Dostęp do spotkań na żywo                                | Brak         |
      | Powiadomienia e-mail o produktach                        | Brak         |

  @cell
  Szablon scenariusza: Sam dostęp do zaawansowanego rozwiązywania problemów nie daje niczego
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | uprawnienie                                              | dostęp |
      | Dodawanie/usuwanie użytkowników i przypisywanie licencji | Brak   |
      | Przypisywanie ról użytkownikom                           | Brak   |
      | Zarządzanie urządzeniami                                 | Brak   |
      | Polityka i szablony firmy                                | Brak   |
      | Analityka i raporty                                      | Brak   |
      | Rozwiązywanie problemów                                  | Brak   |
      | Licencje i uaktualnienia                                 | Brak   |
      | Ustawienia organizacji                                   | Brak   |
      | Integracje aplikacji                                     | Brak   |
      | Zarządzanie witryną Webex                                | Brak   |
      | Dziennik kontrolny działań administratora                | Brak   |
      | Dostęp do treści generowanych przez użytkowników         | Brak   |
      | Blokada prawna                                           | Brak   |
      | Dostęp do spotkań w toku                                 | Brak   |
      | Dostęp do spotkań na żywo                                | Brak   |
      | Powiadomienia e-mail o produktach                        | Brak   |

  @cell
  Szablon scenariusza: Dostęp do zaawansowanego rozwiązywania problemów otwiera spotkania na żywo administratorowi, który ma też inną rolę
    Zakładając, że administrator z organizacji typu "Organizacja klienta" ma rolę "Dostęp do zaawansowanego rozwiązywania problemów"
    Oraz administrator ma również rolę "<inna rola>"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>"

    Przykłady:
      | inna rola                             | uprawnienie               | dostęp       |
      | Administrator z pełnymi uprawnieniami | Dostęp do spotkań na żywo | Pełny dostęp |
      | Administrator tylko do odczytu        | Dostęp do spotkań na żywo | Pełny dostęp |
      | Administrator pomocy                  | Dostęp do spotkań na żywo | Pełny dostęp |
      | Administrator z pełnymi uprawnieniami | Dostęp do spotkań w toku  | Pełny dostęp |
      | Administrator tylko do odczytu        | Dostęp do spotkań w toku  | Brak         |
      | Administrator pomocy                  | Dostęp do spotkań w toku  | Brak         |
