# language: da
@webex_site_roles
Egenskab: Webex-webstedsadministratorroller
  Webex-webstedsroller tildeles for hvert websted for sig. En webstedsadministrator, en
  brugeradministrator og en skrivebeskyttet administrator kan komme fra kundeorganisationen, fra
  partnerorganisationen eller fra enhver anden organisation og har den samme adgang, uanset hvor de
  kommer fra. Rækker markeret med en stjerne i kildetabellen gælder kun for de websteder,
  administratoren er tildelt. Administrator af mødeindhold er en kontakt på en af de tre andre
  roller.

  Baggrund:
    Givet tabellen "Webex-webstedsadministratorroller"

  @cell
  Abstrakt Scenario: En Webex-webstedsadministrator driver de websteder, der er tildelt vedkommende
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Webex-webstedsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                      | tilknytning               | adgang          | omfang                           |
      | Brugeradministration           | Kundeorganisation         | Fuld adgang     | Kun brugerindstillinger          |
      | Brugeradministration           | Partnerorganisation       | Fuld adgang     | Kun brugerindstillinger          |
      | Brugeradministration           | Enhver anden organisation | Fuld adgang     | Kun brugerindstillinger          |
      | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Licenser                       | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Licenser                       | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Licenser                       | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Optagelser og transskriptioner | Kundeorganisation         | Ingen           | -                                |
      | Optagelser og transskriptioner | Partnerorganisation       | Ingen           | -                                |
      | Optagelser og transskriptioner | Enhver anden organisation | Ingen           | -                                |

  @cell
  Abstrakt Scenario: En Webex-brugeradministrator administrerer brugerne og licenserne på sine websteder
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Webex-brugeradministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                      | tilknytning               | adgang          | omfang                           |
      | Brugeradministration           | Kundeorganisation         | Fuld adgang     | Kun brugerindstillinger          |
      | Brugeradministration           | Partnerorganisation       | Fuld adgang     | Kun brugerindstillinger          |
      | Brugeradministration           | Enhver anden organisation | Fuld adgang     | Kun brugerindstillinger          |
      | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Licenser                       | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Licenser                       | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Licenser                       | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Kundeorganisation         | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Partnerorganisation       | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Enhver anden organisation | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Kundeorganisation         | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Partnerorganisation       | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Enhver anden organisation | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Optagelser og transskriptioner | Kundeorganisation         | Ingen           | -                                |
      | Optagelser og transskriptioner | Partnerorganisation       | Ingen           | -                                |
      | Optagelser og transskriptioner | Enhver anden organisation | Ingen           | -                                |

  @cell
  Abstrakt Scenario: En skrivebeskyttet Webex-administrator ser kun
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Webex-administrator med skrivebeskyttede rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                      | tilknytning               | adgang          | omfang                           |
      | Brugeradministration           | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Brugeradministration           | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Brugeradministration           | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Licenser                       | Kundeorganisation         | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Licenser                       | Partnerorganisation       | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Licenser                       | Enhver anden organisation | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Kundeorganisation         | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Partnerorganisation       | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Tildeling af roller            | Enhver anden organisation | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Kundeorganisation         | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Partnerorganisation       | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Webstedskonfiguration          | Enhver anden organisation | Skrivebeskyttet | Kun for tildelte Webex-websteder |
      | Optagelser og transskriptioner | Kundeorganisation         | Ingen           | -                                |
      | Optagelser og transskriptioner | Partnerorganisation       | Ingen           | -                                |
      | Optagelser og transskriptioner | Enhver anden organisation | Ingen           | -                                |

  @cell
  Abstrakt Scenario: Kontakten for administrator af mødeindhold giver alene ingenting
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator af mødeindhold"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                      | tilknytning               | adgang | omfang |
      | Brugeradministration           | Kundeorganisation         | Ingen  | -      |
      | Brugeradministration           | Partnerorganisation       | Ingen  | -      |
      | Brugeradministration           | Enhver anden organisation | Ingen  | -      |
      | Analyser og rapporter          | Kundeorganisation         | Ingen  | -      |
      | Analyser og rapporter          | Partnerorganisation       | Ingen  | -      |
      | Analyser og rapporter          | Enhver anden organisation | Ingen  | -      |
      | Licenser                       | Kundeorganisation         | Ingen  | -      |
      | Licenser                       | Partnerorganisation       | Ingen  | -      |
      | Licenser                       | Enhver anden organisation | Ingen  | -      |
      | Tildeling af roller            | Kundeorganisation         | Ingen  | -      |
      | Tildeling af roller            | Partnerorganisation       | Ingen  | -      |
      | Tildeling af roller            | Enhver anden organisation | Ingen  | -      |
      | Webstedskonfiguration          | Kundeorganisation         | Ingen  | -      |
      | Webstedskonfiguration          | Partnerorganisation       | Ingen  | -      |
      | Webstedskonfiguration          | Enhver anden organisation | Ingen  | -      |
      | Optagelser og transskriptioner | Kundeorganisation         | Ingen  | -      |
      | Optagelser og transskriptioner | Partnerorganisation       | Ingen  | -      |
      | Optagelser og transskriptioner | Enhver anden organisation | Ingen  | -      |

  @cell
  Abstrakt Scenario: En webstedsadministrator, der er slået til som administrator af mødeindhold, når optagelser og transskriptioner
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator af mødeindhold"
    Og administratoren har også rollen "<webstedsrolle>"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | webstedsrolle                                        | rettighed                      | tilknytning               | adgang          | omfang                           |
      | Webex-webstedsadministrator                          | Brugeradministration           | Kundeorganisation         | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-webstedsadministrator                          | Brugeradministration           | Partnerorganisation       | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-webstedsadministrator                          | Brugeradministration           | Enhver anden organisation | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-brugeradministrator                            | Brugeradministration           | Kundeorganisation         | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-brugeradministrator                            | Brugeradministration           | Partnerorganisation       | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-brugeradministrator                            | Brugeradministration           | Enhver anden organisation | Fuld adgang     | Kun brugerindstillinger          |
      | Webex-administrator med skrivebeskyttede rettigheder | Brugeradministration           | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Webex-administrator med skrivebeskyttede rettigheder | Brugeradministration           | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Webex-administrator med skrivebeskyttede rettigheder | Brugeradministration           | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Webex-webstedsadministrator                          | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Webex-webstedsadministrator                          | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Webex-webstedsadministrator                          | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Webex-brugeradministrator                            | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Webex-brugeradministrator                            | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Webex-brugeradministrator                            | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Webex-administrator med skrivebeskyttede rettigheder | Analyser og rapporter          | Kundeorganisation         | Skrivebeskyttet | -                                |
      | Webex-administrator med skrivebeskyttede rettigheder | Analyser og rapporter          | Partnerorganisation       | Skrivebeskyttet | -                                |
      | Webex-administrator med skrivebeskyttede rettigheder | Analyser og rapporter          | Enhver anden organisation | Skrivebeskyttet | -                                |
      | Webex-webstedsadministrator                          | Optagelser og transskriptioner | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-webstedsadministrator                          | Optagelser og transskriptioner | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-webstedsadministrator                          | Optagelser og transskriptioner | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-brugeradministrator                            | Optagelser og transskriptioner | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-brugeradministrator                            | Optagelser og transskriptioner | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-brugeradministrator                            | Optagelser og transskriptioner | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-administrator med skrivebeskyttede rettigheder | Optagelser og transskriptioner | Kundeorganisation         | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-administrator med skrivebeskyttede rettigheder | Optagelser og transskriptioner | Partnerorganisation       | Fuld adgang     | Kun for tildelte Webex-websteder |
      | Webex-administrator med skrivebeskyttede rettigheder | Optagelser og transskriptioner | Enhver anden organisation | Fuld adgang     | Kun for tildelte Webex-websteder |
