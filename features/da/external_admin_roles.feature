# language: da
@external_admin_roles
Egenskab: Eksterne administratorroller
  Enhver uden for kundeorganisationen kan tilføjes som ekstern administrator: en fuld eller
  skrivebeskyttet administrator fra partnerorganisationen eller fra enhver anden organisation, eller
  en klargøringsadministrator fra den partnerorganisation, der klargør ordrerne.

  Baggrund:
    Givet tabellen "Eksterne administratorroller"

  @cell
  Abstrakt Scenario: En ekstern fuld administrator administrerer organisationen, men tilføjer ingen eksterne administratorer
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Ekstern administrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                              | tilknytning               | adgang      | omfang                                                             |
      | Brugeradministration                   | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Enhedsadministration                   | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Virksomhedspolitik og skabeloner       | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Fejlfinding                            | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Supportmålinger og meddelelser         | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Tildeling af roller                    | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Licenser og opgraderinger              | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Klargøring af ordrer                   | Partnerorganisation       | Fuld adgang | -                                                                  |
      | Tilføjelse og sletning af websteder    | Partnerorganisation       | Fuld adgang | For websteder, der hører til abonnementer, som partneren har solgt |
      | Tilføjelse af eksterne administratorer | Partnerorganisation       | Ingen       | -                                                                  |
      | Brugeradministration                   | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Enhedsadministration                   | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Virksomhedspolitik og skabeloner       | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Fejlfinding                            | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Supportmålinger og meddelelser         | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Tildeling af roller                    | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Licenser og opgraderinger              | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Klargøring af ordrer                   | Enhver anden organisation | Fuld adgang | -                                                                  |
      | Tilføjelse og sletning af websteder    | Enhver anden organisation | Fuld adgang | For websteder, der hører til abonnementer, som partneren har solgt |
      | Tilføjelse af eksterne administratorer | Enhver anden organisation | Ingen       | -                                                                  |

  @cell
  Abstrakt Scenario: En ekstern skrivebeskyttet administrator læser, men klargør intet
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Ekstern administrator med skrivebeskyttede rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                              | tilknytning               | adgang          | omfang |
      | Brugeradministration                   | Partnerorganisation       | Skrivebeskyttet | -      |
      | Enhedsadministration                   | Partnerorganisation       | Skrivebeskyttet | -      |
      | Virksomhedspolitik og skabeloner       | Partnerorganisation       | Skrivebeskyttet | -      |
      | Fejlfinding                            | Partnerorganisation       | Skrivebeskyttet | -      |
      | Supportmålinger og meddelelser         | Partnerorganisation       | Skrivebeskyttet | -      |
      | Tildeling af roller                    | Partnerorganisation       | Skrivebeskyttet | -      |
      | Licenser og opgraderinger              | Partnerorganisation       | Skrivebeskyttet | -      |
      | Klargøring af ordrer                   | Partnerorganisation       | Ingen           | -      |
      | Tilføjelse og sletning af websteder    | Partnerorganisation       | Ingen           | -      |
      | Tilføjelse af eksterne administratorer | Partnerorganisation       | Ingen           | -      |
      | Brugeradministration                   | Enhver anden organisation | Skrivebeskyttet | -      |
      | Enhedsadministration                   | Enhver anden organisation | Skrivebeskyttet | -      |
      | Virksomhedspolitik og skabeloner       | Enhver anden organisation | Skrivebeskyttet | -      |
      | Fejlfinding                            | Enhver anden organisation | Skrivebeskyttet | -      |
      | Supportmålinger og meddelelser         | Enhver anden organisation | Skrivebeskyttet | -      |
      | Tildeling af roller                    | Enhver anden organisation | Skrivebeskyttet | -      |
      | Licenser og opgraderinger              | Enhver anden organisation | Skrivebeskyttet | -      |
      | Klargøring af ordrer                   | Enhver anden organisation | Ingen           | -      |
      | Tilføjelse og sletning af websteder    | Enhver anden organisation | Ingen           | -      |
      | Tilføjelse af eksterne administratorer | Enhver anden organisation | Ingen           | -      |

  @cell
  Abstrakt Scenario: En klargøringsadministrator arbejder kun med det, partneren har solgt
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Klargøringsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                              | tilknytning               | adgang           | omfang                                 |
      | Brugeradministration                   | Partnerorganisation       | Ingen            | -                                      |
      | Enhedsadministration                   | Partnerorganisation       | Ingen            | -                                      |
      | Virksomhedspolitik og skabeloner       | Partnerorganisation       | Ingen            | -                                      |
      | Fejlfinding                            | Partnerorganisation       | Ingen            | -                                      |
      | Supportmålinger og meddelelser         | Partnerorganisation       | Ingen            | -                                      |
      | Tildeling af roller                    | Partnerorganisation       | Ingen            | -                                      |
      | Licenser og opgraderinger              | Partnerorganisation       | Fuld adgang      | For tjenester, som partneren har solgt |
      | Klargøring af ordrer                   | Partnerorganisation       | Fuld adgang      | For tjenester, som partneren har solgt |
      | Tilføjelse og sletning af websteder    | Partnerorganisation       | Fuld adgang      | For tjenester, som partneren har solgt |
      | Tilføjelse af eksterne administratorer | Partnerorganisation       | Ingen            | -                                      |
      | Brugeradministration                   | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Enhedsadministration                   | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Virksomhedspolitik og skabeloner       | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Fejlfinding                            | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Supportmålinger og meddelelser         | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Tildeling af roller                    | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Licenser og opgraderinger              | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Klargøring af ordrer                   | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Tilføjelse og sletning af websteder    | Enhver anden organisation | Ikke tilgængelig | -                                      |
      | Tilføjelse af eksterne administratorer | Enhver anden organisation | Ikke tilgængelig | -                                      |
