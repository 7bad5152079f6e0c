# language: pl
@contact_center_role_assignment
Właściwość: Kto może nadać rolę administratora usługi centrum kontaktu
  Pełny administrator i administrator usługi centrum kontaktu z organizacji klienta mogą nadać rolę
  administratora usługi użytkownikom organizacji klienta i organizacji zewnętrznych. Administrator
  spoza organizacji nadaje ją tylko użytkownikom organizacji klienta.

  Założenia:
    Zakładając, że mowa o tabeli "Przypisywanie użytkownikowi roli Administrator usługi centrum kontaktu"

  @cell
  Szablon scenariusza: Pełny administrator nadaje rolę administratora usługi
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator z pełnymi uprawnieniami"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                    | relacja                | dostęp       | zakres |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Organizacja klienta    | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Organizacja klienta    | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Organizacja partnerska | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Organizacja partnerska | Brak         | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Każda inna organizacja | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Każda inna organizacja | Brak         | -      |

  @cell
  Szablon scenariusza: Administrator usługi centrum kontaktu przekazuje rolę dalej
    Zakładając, że administrator z organizacji typu "<relacja>" ma rolę "Administrator usługi centrum kontaktu"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                                                                    | relacja                | dostęp       | zakres |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Organizacja klienta    | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Organizacja klienta    | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Organizacja partnerska | nie dotyczy  | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Organizacja partnerska | nie dotyczy  | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji klienta     | Każda inna organizacja | Pełny dostęp | -      |
      | Przypisywanie roli Administrator usługi centrum kontaktu użytkownikowi organizacji zewnętrznej | Każda inna organizacja | Brak         | -      |
