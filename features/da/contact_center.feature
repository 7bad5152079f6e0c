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
      | rettighed                                                                                                     | tilknytning               | adgang      | omfang |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Kundeorganisation         | Fuld adgang | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Kundeorganisation         | Fuld adgang | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Kundeorganisation         | Fuld adgang | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Kundeorganisation         | Fuld adgang | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Kundeorganisation         | Fuld adgang | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Kundeorganisation         | Fuld adgang | -      |
      | Administration af åbningstider                                                                                | Kundeorganisation         | Fuld adgang | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Partnerorganisation       | Fuld adgang | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Partnerorganisation       | Fuld adgang | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Partnerorganisation       | Fuld adgang | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Partnerorganisation       | Fuld adgang | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Partnerorganisation       | Ingen       | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Partnerorganisation       | Fuld adgang | -      |
      | Administration af åbningstider                                                                                | Partnerorganisation       | Fuld adgang | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Enhver anden organisation | Fuld adgang | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Enhver anden organisation | Fuld adgang | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Enhver anden organisation | Fuld adgang | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Enhver anden organisation | Fuld adgang | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Enhver anden organisation | Ingen       | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Enhver anden organisation | Fuld adgang | -      |
      | Administration af åbningstider                                                                                | Enhver anden organisation | Fuld adgang | -      |

  @cell
  Abstrakt Scenario: En administrator af kontaktcentertjeneste driver tjenesten, men ikke dens brugere
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator af kontaktcentertjeneste"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                                     | tilknytning               | adgang           | omfang                            |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Kundeorganisation         | Ingen            | -                                 |
      | Afsendelse af aktiverings-e-mail                                                                              | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Kundeorganisation         | Fuld adgang      | -                                 |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Kundeorganisation         | Fuld adgang      | -                                 |
      | Visning af listen over andre eksterne administratorer                                                         | Kundeorganisation         | Fuld adgang      | Kun andre tjenesteadministratorer |
      | Administration af åbningstider                                                                                | Kundeorganisation         | Fuld adgang      | -                                 |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Afsendelse af aktiverings-e-mail                                                                              | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Visning af listen over andre eksterne administratorer                                                         | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Administration af åbningstider                                                                                | Partnerorganisation       | Ikke tilgængelig | -                                 |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Enhver anden organisation | Ingen            | -                                 |
      | Afsendelse af aktiverings-e-mail                                                                              | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Enhver anden organisation | Fuld adgang      | -                                 |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Enhver anden organisation | Ingen            | -                                 |
      | Visning af listen over andre eksterne administratorer                                                         | Enhver anden organisation | Fuld adgang      | Kun andre tjenesteadministratorer |
      | Administration af åbningstider                                                                                | Enhver anden organisation | Fuld adgang      | -                                 |

  @cell
  Abstrakt Scenario: En klargøringsadministrator fra partnerorganisationen administrerer funktionerne og ser de andre eksterne administratorer
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Klargøringsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                                     | tilknytning               | adgang           | omfang |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Kundeorganisation         | Ikke tilgængelig | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Kundeorganisation         | Ikke tilgængelig | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Kundeorganisation         | Ikke tilgængelig | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Kundeorganisation         | Ikke tilgængelig | -      |
      | Administration af åbningstider                                                                                | Kundeorganisation         | Ikke tilgængelig | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Partnerorganisation       | Fuld adgang      | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Partnerorganisation       | Ingen            | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Partnerorganisation       | Ingen            | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Partnerorganisation       | Ingen            | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Partnerorganisation       | Ingen            | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Partnerorganisation       | Fuld adgang      | -      |
      | Administration af åbningstider                                                                                | Partnerorganisation       | Fuld adgang      | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Enhver anden organisation | Ikke tilgængelig | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Enhver anden organisation | Ikke tilgængelig | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Enhver anden organisation | Ikke tilgængelig | -      |
      | Administration af åbningstider                                                                                | Enhver anden organisation | Ikke tilgængelig | -      |

  @cell
  Abstrakt Scenario: En skrivebeskyttet administrator fra kundeorganisationen når ikke kontaktcenteret, en ekstern kan kun læse
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator med skrivebeskyttede rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                                     | tilknytning               | adgang          | omfang |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Kundeorganisation         | Ingen           | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Kundeorganisation         | Ingen           | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Kundeorganisation         | Ingen           | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Kundeorganisation         | Ingen           | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Kundeorganisation         | Ingen           | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Kundeorganisation         | Ingen           | -      |
      | Administration af åbningstider                                                                                | Kundeorganisation         | Ingen           | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Partnerorganisation       | Skrivebeskyttet | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Partnerorganisation       | Ingen           | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Partnerorganisation       | Skrivebeskyttet | -      |
      | Administration af åbningstider                                                                                | Partnerorganisation       | Skrivebeskyttet | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Enhver anden organisation | Skrivebeskyttet | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Enhver anden organisation | Ingen           | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Enhver anden organisation | Skrivebeskyttet | -      |
      | Administration af åbningstider                                                                                | Enhver anden organisation | Skrivebeskyttet | -      |

  @cell
  Abstrakt Scenario: En supervisor administrerer åbningstider og intet andet
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Supervisor"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                                     | tilknytning               | adgang           | omfang |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Kundeorganisation         | Ingen            | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Kundeorganisation         | Ingen            | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Kundeorganisation         | Ingen            | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Kundeorganisation         | Ingen            | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Kundeorganisation         | Ingen            | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Kundeorganisation         | Ingen            | -      |
      | Administration af åbningstider                                                                                | Kundeorganisation         | Fuld adgang      | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Partnerorganisation       | Ikke tilgængelig | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Partnerorganisation       | Ikke tilgængelig | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Partnerorganisation       | Ikke tilgængelig | -      |
      | Administration af åbningstider                                                                                | Partnerorganisation       | Ikke tilgængelig | -      |
      | Administration af alle Webex kontaktcenterfunktioner                                                          | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tilføjelse eller fjernelse af brugere i kundeorganisationen                                                   | Enhver anden organisation | Ikke tilgængelig | -      |
      | Afsendelse af aktiverings-e-mail                                                                              | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser                                       | Enhver anden organisation | Ikke tilgængelig | -      |
      | Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer | Enhver anden organisation | Ikke tilgængelig | -      |
      | Visning af listen over andre eksterne administratorer                                                         | Enhver anden organisation | Ikke tilgængelig | -      |
      | Administration af åbningstider                                                                                | Enhver anden organisation | Ikke tilgængelig | -      |
