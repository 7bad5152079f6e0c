# language: da
@contact_center
Egenskab: Kontaktcenterspecifikke privilegier
  Hvad hver administratorrolle må i Webex Contact Center, afhænger af, hvor administratoren kommer
  fra: kundeorganisationen, den partnerorganisation, der administrerer abonnementet, eller enhver
  anden organisation. En skrivebeskyttet administrator ser aldrig mere end en administrator med
  fulde rettigheder fra samme organisation.

  Baggrund:
    Givet tabellen "Kontaktcenterspecifikke privilegier"

  @cell
  Abstrakt Scenario: En fuld administrator administrerer hele kontaktcenteret, men kun kundens egen giver tjenesterollen til eksterne administratorer
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                             | tilknytning               | adgang      | omfang |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Kundeorganisation         | Fuld adgang | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Kundeorganisation         | Fuld adgang | -      |
      | Send aktiverings-e-mail                                                                               | Kundeorganisation         | Fuld adgang | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Kundeorganisation         | Fuld adgang | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Kundeorganisation         | Fuld adgang | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Kundeorganisation         | Fuld adgang | -      |
      | Administrer åbningstider                                                                              | Kundeorganisation         | Fuld adgang | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Partnerorganisation       | Fuld adgang | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Partnerorganisation       | Fuld adgang | -      |
      | Send aktiverings-e-mail                                                                               | Partnerorganisation       | Fuld adgang | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Partnerorganisation       | Fuld adgang | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Partnerorganisation       | Ingen       | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Partnerorganisation       | Fuld adgang | -      |
      | Administrer åbningstider                                                                              | Partnerorganisation       | Fuld adgang | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Enhver anden organisation | Fuld adgang | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Enhver anden organisation | Fuld adgang | -      |
      | Send aktiverings-e-mail                                                                               | Enhver anden organisation | Fuld adgang | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Enhver anden organisation | Fuld adgang | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Enhver anden organisation | Ingen       | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Enhver anden organisation | Fuld adgang | -      |
      | Administrer åbningstider                                                                              | Enhver anden organisation | Fuld adgang | -      |

  @cell
  Abstrakt Scenario: En administrator af kontaktcentertjeneste driver tjenesten, men ikke dens brugere
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator af kontaktcentertjeneste"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                             | tilknytning               | adgang           | omfang                            |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Kundeorganisation         | Ingen            | -                                 |
      | Send aktiverings-e-mail                                                                               | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Kundeorganisation         | Fuld adgang      | -                                 |
      | Få vist listen over andre eksterne administratorer                                                    | Kundeorganisation         | Fuld adgang      | Kun andre tjenesteadministratorer |
      | Administrer åbningstider                                                                              | Kundeorganisation         | Fuld adgang      | -                                 |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Send aktiverings-e-mail                                                                               | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Få vist listen over andre eksterne administratorer                                                    | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Administrer åbningstider                                                                              | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Enhver anden organisation | Ingen            | -                                 |
      | Send aktiverings-e-mail                                                                               | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Enhver anden organisation | Ingen            | -                                 |
      | Få vist listen over andre eksterne administratorer                                                    | Enhver anden organisation | Fuld adgang      | Kun andre tjenesteadministratorer |
      | Administrer åbningstider                                                                              | Enhver anden organisation | Fuld adgang      | -                                 |

  @cell
  Abstrakt Scenario: En klargøringsadministrator fra partnerorganisationen administrerer funktionerne og ser de andre eksterne administratorer
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Klargøringsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                             | tilknytning               | adgang           | omfang |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Kundeorganisation         | Ikke tilgængelig | -      |
      | Send aktiverings-e-mail                                                                               | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Kundeorganisation         | Ikke tilgængelig | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Kundeorganisation         | Ikke tilgængelig | -      |
      | Administrer åbningstider                                                                              | Kundeorganisation         | Ikke tilgængelig | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Partnerorganisation       | Fuld adgang      | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Partnerorganisation       | Ingen            | -      |
      | Send aktiverings-e-mail                                                                               | Partnerorganisation       | Ingen            | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Partnerorganisation       | Ingen            | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Partnerorganisation       | Ingen            | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Partnerorganisation       | Fuld adgang      | -      |
      | Administrer åbningstider                                                                              | Partnerorganisation       | Fuld adgang      | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Enhver anden organisation | Ikke tilgængelig | -      |
      | Send aktiverings-e-mail                                                                               | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Enhver anden organisation | Ikke tilgængelig | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Enhver anden organisation | Ikke tilgængelig | -      |
      | Administrer åbningstider                                                                              | Enhver anden organisation | Ikke tilgængelig | -      |

  @cell
  Abstrakt Scenario: En skrivebeskyttet administrator fra kundeorganisationen når ikke kontaktcenteret, en ekstern kan kun læse
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator med skrivebeskyttede rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                             | tilknytning               | adgang          | omfang |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Kundeorganisation         | Ingen           | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Kundeorganisation         | Ingen           | -      |
      | Send aktiverings-e-mail                                                                               | Kundeorganisation         | Ingen           | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Kundeorganisation         | Ingen           | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Kundeorganisation         | Ingen           | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Kundeorganisation         | Ingen           | -      |
      | Administrer åbningstider                                                                              | Kundeorganisation         | Ingen           | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Partnerorganisation       | Skrivebeskyttet | -      |
      | Send aktiverings-e-mail                                                                               | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Partnerorganisation       | Ingen           | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Partnerorganisation       | Skrivebeskyttet | -      |
      | Administrer åbningstider                                                                              | Partnerorganisation       | Skrivebeskyttet | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Enhver anden organisation | Skrivebeskyttet | -      |
      | Send aktiverings-e-mail                                                                               | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Enhver anden organisation | Ingen           | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Enhver anden organisation | Skrivebeskyttet | -      |
      | Administrer åbningstider                                                                              | Enhver anden organisation | Skrivebeskyttet | -      |

  @cell
  Abstrakt Scenario: En supervisor administrerer åbningstider og intet andet
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Supervisor"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                             | tilknytning               | adgang           | omfang |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Kundeorganisation         | Ingen            | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Kundeorganisation         | Ingen            | -      |
      | Send aktiverings-e-mail                                                                               | Kundeorganisation         | Ingen            | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Kundeorganisation         | Ingen            | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Kundeorganisation         | Ingen            | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Kundeorganisation         | Ingen            | -      |
      | Administrer åbningstider                                                                              | Kundeorganisation         | Fuld adgang      | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Partnerorganisation       | Ikke tilgængelig | -      |
      | Send aktiverings-e-mail                                                                               | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Partnerorganisation       | Ikke tilgængelig | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Partnerorganisation       | Ikke tilgængelig | -      |
      | Administrer åbningstider                                                                              | Partnerorganisation       | Ikke tilgængelig | -      |
      | Administrer alle Webex kontaktcenterfunktioner                                                        | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføj eller fjern brugere i kundeorganisationen                                                      | Enhver anden organisation | Ikke tilgængelig | -      |
      | Send aktiverings-e-mail                                                                               | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere                                      | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer | Enhver anden organisation | Ikke tilgængelig | -      |
      | Få vist listen over andre eksterne administratorer                                                    | Enhver anden organisation | Ikke tilgængelig | -      |
      | Administrer åbningstider                                                                              | Enhver anden organisation | Ikke tilgængelig | -      |
