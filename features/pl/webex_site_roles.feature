# language: pl
@webex_site_roles
Właściwość: Role administratora witryny Webex
  Role witryny Webex przypisuje się dla każdej witryny osobno. Administrator witryny, administrator
  użytkowników i administrator tylko do odczytu mogą pochodzić z organizacji klienta, z organizacji
  partnerskiej lub z dowolnej innej organizacji i mają ten sam dostęp bez względu na pochodzenie.
  Wiersze oznaczone w tabeli źródłowej gwiazdką dotyczą tylko witryn przypisanych administratorowi.
  Administrator zawartości spotkań to przełącznik na jednej z trzech pozostałych ról.

  Założenia:
    Zakładając, że mowa o tabeli "Role administratora witryny Webex"

  @cell
  Szablon scenariusza: Administrator witryny Webex prowadzi przypisane mu witryny
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator witryny Webex"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie               | relacja                | dostęp           | zakres                              |
      | Zarządzanie użytkownikami | Organizacja klienta    | Pełny dostęp     | Ustawienia użytkownika              |
      | Zarządzanie użytkownikami | Organizacja partnerska | Pełny dostęp     | Ustawienia użytkownika              |
      | Zarządzanie użytkownikami | Każda inna organizacja | Pełny dostęp     | Ustawienia użytkownika              |
      | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Licencje                  | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Nagrania i transkrypcje   | Organizacja klienta    | Brak             | -                                   |
      | Nagrania i transkrypcje   | Organizacja partnerska | Brak             | -                                   |
      | Nagrania i transkrypcje   | Każda inna organizacja | Brak             | -                                   |

  @cell
  Szablon scenariusza: Administrator użytkowników Webex zarządza użytkownikami i licencjami swoich witryn
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator użytkowników Webex"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie               | relacja                | dostęp           | zakres                              |
      | Zarządzanie użytkownikami | Organizacja klienta    | Pełny dostęp     | Ustawienia użytkownika              |
      | Zarządzanie użytkownikami | Organizacja partnerska | Pełny dostęp     | Ustawienia użytkownika              |
      | Zarządzanie użytkownikami | Każda inna organizacja | Pełny dostęp     | Ustawienia użytkownika              |
      | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Licencje                  | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja klienta    | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja partnerska | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Każda inna organizacja | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja klienta    | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja partnerska | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Każda inna organizacja | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Nagrania i transkrypcje   | Organizacja klienta    | Brak             | -                                   |
      | Nagrania i transkrypcje   | Organizacja partnerska | Brak             | -                                   |
      | Nagrania i transkrypcje   | Każda inna organizacja | Brak             | -                                   |

  @cell
  Szablon scenariusza: Administrator Webex tylko do odczytu wyłącznie ogląda
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator usługi Webex z uprawnieniami tylko do odczytu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie               | relacja                | dostęp           | zakres                              |
      | Zarządzanie użytkownikami | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Zarządzanie użytkownikami | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Zarządzanie użytkownikami | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Licencje                  | Organizacja klienta    | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Organizacja partnerska | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Licencje                  | Każda inna organizacja | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja klienta    | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Organizacja partnerska | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Przypisywanie ról         | Każda inna organizacja | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja klienta    | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Organizacja partnerska | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Konfiguracja witryny      | Każda inna organizacja | Tylko do odczytu | Tylko dla przypisanych witryn Webex |
      | Nagrania i transkrypcje   | Organizacja klienta    | Brak             | -                                   |
      | Nagrania i transkrypcje   | Organizacja partnerska | Brak             | -                                   |
      | Nagrania i transkrypcje   | Każda inna organizacja | Brak             | -                                   |

  @cell
  Szablon scenariusza: Sam przełącznik administratora zawartości spotkań nie daje niczego
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator zawartości spotkań"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie               | relacja                | dostęp | zakres |
      | Zarządzanie użytkownikami | Organizacja klienta    | Brak   | -      |
      | Zarządzanie użytkownikami | Organizacja partnerska | Brak   | -      |
      | Zarządzanie użytkownikami | Każda inna organizacja | Brak   | -      |
      | Analityka i raporty       | Organizacja klienta    | Brak   | -      |
      | Analityka i raporty       | Organizacja partnerska | Brak   | -      |
      | Analityka i raporty       | Każda inna organizacja | Brak   | -      |
      | Licencje                  | Organizacja klienta    | Brak   | -      |
      | Licencje                  | Organizacja partnerska | Brak   | -      |
      | Licencje                  | Każda inna organizacja | Brak   | -      |
      | Przypisywanie ról         | Organizacja klienta    | Brak   | -      |
      | Przypisywanie ról         | Organizacja partnerska | Brak   | -      |
      | Przypisywanie ról         | Każda inna organizacja | Brak   | -      |
      | Konfiguracja witryny      | Organizacja klienta    | Brak   | -      |
      | Konfiguracja witryny      | Organizacja partnerska | Brak   | -      |
      | Konfiguracja witryny      | Każda inna organizacja | Brak   | -      |
      | Nagrania i transkrypcje   | Organizacja klienta    | Brak   | -      |
      | Nagrania i transkrypcje   | Organizacja partnerska | Brak   | -      |
      | Nagrania i transkrypcje   | Każda inna organizacja | Brak   | -      |

  @cell
  Szablon scenariusza: Administrator witryny przełączony na administratora zawartości spotkań ma dostęp do nagrań i transkrypcji
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator zawartości spotkań"
    Oraz administrator ma również rolę "<rola witryny>"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | rola witryny                                                | uprawnienie               | relacja                | dostęp           | zakres                              |
      | Administrator witryny Webex                                 | Zarządzanie użytkownikami | Organizacja klienta    | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator witryny Webex                                 | Zarządzanie użytkownikami | Organizacja partnerska | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator witryny Webex                                 | Zarządzanie użytkownikami | Każda inna organizacja | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator użytkowników Webex                            | Zarządzanie użytkownikami | Organizacja klienta    | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator użytkowników Webex                            | Zarządzanie użytkownikami | Organizacja partnerska | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator użytkowników Webex                            | Zarządzanie użytkownikami | Każda inna organizacja | Pełny dostęp     | Ustawienia użytkownika              |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Zarządzanie użytkownikami | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Zarządzanie użytkownikami | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Zarządzanie użytkownikami | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Administrator witryny Webex                                 | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Administrator witryny Webex                                 | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Administrator witryny Webex                                 | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Administrator użytkowników Webex                            | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Administrator użytkowników Webex                            | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Administrator użytkowników Webex                            | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Analityka i raporty       | Organizacja klienta    | Tylko do odczytu | -                                   |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Analityka i raporty       | Organizacja partnerska | Tylko do odczytu | -                                   |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Analityka i raporty       | Każda inna organizacja | Tylko do odczytu | -                                   |
      | Administrator witryny Webex                                 | Nagrania i transkrypcje   | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator witryny Webex                                 | Nagrania i transkrypcje   | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator witryny Webex                                 | Nagrania i transkrypcje   | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator użytkowników Webex                            | Nagrania i transkrypcje   | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator użytkowników Webex                            | Nagrania i transkrypcje   | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator użytkowników Webex                            | Nagrania i transkrypcje   | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Nagrania i transkrypcje   | Organizacja klienta    | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Nagrania i transkrypcje   | Organizacja partnerska | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
      | Administrator usługi Webex z uprawnieniami tylko do odczytu | Nagrania i transkrypcje   | Każda inna organizacja | Pełny dostęp     | Tylko dla przypisanych witryn Webex |
