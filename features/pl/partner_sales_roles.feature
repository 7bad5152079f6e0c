# language: pl
@partner_sales_roles
Właściwość: Pełna rola administratora sprzedaży i administratora sprzedaży
  W organizacji partnerskiej pełni administratorzy sprzedaży zarządzają wszystkimi klientami
  partnera, a administratorzy sprzedaży klientami, których im przypisano. Każdy administrator jest
  tu członkiem organizacji partnerskiej, niezależnie od tego, której organizacji dotyczy praca.

  Założenia:
    Zakładając, że mowa o tabeli "Pełna rola administratora sprzedaży i administratora sprzedaży"

  @cell
  Szablon scenariusza: Pełny administrator organizacji partnerskiej prowadzi ją i jej klientów
    Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator z pełnymi uprawnieniami"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                               | dostęp       | zakres                                                  |
      | Zarządzanie organizacją partnerów                         | Pełny dostęp | -                                                       |
      | Zarządzanie organizacją klienta                           | Pełny dostęp | Wszyscy klienci zarządzani przez organizację partnerską |
      | Przypisywanie ról administratora sprzedaży                | Pełny dostęp | -                                                       |
      | Udostępnianie zamówień Webex dla organizacji partnerskiej | Pełny dostęp | -                                                       |
      | Udostępnianie zamówień Webex dla klientów                 | Brak         | -                                                       |
      | Rozpoczynanie wersji próbnych Webex i zarządzanie nimi    | Pełny dostęp | -                                                       |

  @cell
  Szablon scenariusza: Pełny administrator sprzedaży sprzedaje wszystkim klientom
    Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży z pełnymi uprawnieniami"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                               | dostęp       | zakres                                                  |
      | Zarządzanie organizacją partnerów                         | Brak         | -                                                       |
      | Zarządzanie organizacją klienta                           | Pełny dostęp | Wszyscy klienci zarządzani przez organizację partnerską |
      | Przypisywanie ról administratora sprzedaży                | Pełny dostęp | -                                                       |
      | Udostępnianie zamówień Webex dla organizacji partnerskiej | Brak         | -                                                       |
      | Udostępnianie zamówień Webex dla klientów                 | Pełny dostęp | -                                                       |
      | Rozpoczynanie wersji próbnych Webex i zarządzanie nimi    | Pełny dostęp | -                                                       |

  @cell
  Szablon scenariusza: Administrator sprzedaży sprzedaje przypisanym mu klientom
    Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator sprzedaży"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                               | dostęp       | zakres                   |
      | Zarządzanie organizacją partnerów                         | Brak         | -                        |
      | Zarządzanie organizacją klienta                           | Pełny dostęp | Tylko przypisani klienci |
      | Przypisywanie ról administratora sprzedaży                | Brak         | -                        |
      | Udostępnianie zamówień Webex dla organizacji partnerskiej | Brak         | -                        |
      | Udostępnianie zamówień Webex dla klientów                 | Pełny dostęp | -                        |
      | Rozpoczynanie wersji próbnych Webex i zarządzanie nimi    | Pełny dostęp | -                        |

  @cell
  Szablon scenariusza: Administrator udostępniający usługę realizuje to, co sprzedał partner, i nie uruchamia wersji próbnych
    Zakładając, że administrator z organizacji typu "Organizacja partnerska" ma rolę "Administrator udostępniający usługę"
    Wtedy poziom dostępu do funkcji "<uprawnienie>" wynosi "<dostęp>" w zakresie "<zakres>"

    Przykłady:
      | uprawnienie                                               | dostęp       | zakres                             |
      | Zarządzanie organizacją partnerów                         | Brak         | -                                  |
      | Zarządzanie organizacją klienta                           | Pełny dostęp | Tylko przypisani klienci           |
      | Przypisywanie ról administratora sprzedaży                | Brak         | -                                  |
      | Udostępnianie zamówień Webex dla organizacji partnerskiej | Brak         | -                                  |
      | Udostępnianie zamówień Webex dla klientów                 | Pełny dostęp | Za usługi sprzedane przez partnera |
      | Rozpoczynanie wersji próbnych Webex i zarządzanie nimi    | Brak         | -                                  |
