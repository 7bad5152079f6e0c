# language: da
@partner_sales_roles
Egenskab: Roller som salgsadministrator med fulde rettigheder og salgsadministrator
  I en partnerorganisation administrerer salgsadministratorer med fulde rettigheder alle partnerens
  kunder og salgsadministratorer de kunder, de er tildelt. Alle administratorer her er medlemmer af
  partnerorganisationen, uanset hvilken organisation arbejdet drejer sig om.

  Baggrund:
    Givet tabellen "Roller som salgsadministrator med fulde rettigheder og salgsadministrator"

  @cell
  Abstrakt Scenario: En fuld administrator i partnerorganisationen driver den og dens kunder
    Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                            | adgang      | omfang                                               |
      | Administration af partnerorganisationen              | Fuld adgang | -                                                    |
      | Administration af kundeorganisationer                | Fuld adgang | Alle kunder, som partnerorganisationen administrerer |
      | Tildeling af salgsadministratorroller                | Fuld adgang | -                                                    |
      | Klargøring af Webex-ordrer for partnerorganisationen | Fuld adgang | -                                                    |
      | Klargøring af Webex-ordrer for kunder                | Ingen       | -                                                    |
      | Oprettelse og administration af Webex-prøveversioner | Fuld adgang | -                                                    |

  @cell
  Abstrakt Scenario: En salgsadministrator med fulde rettigheder sælger til alle kunder
    Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                            | adgang      | omfang                                               |
      | Administration af partnerorganisationen              | Ingen       | -                                                    |
      | Administration af kundeorganisationer                | Fuld adgang | Alle kunder, som partnerorganisationen administrerer |
      | Tildeling af salgsadministratorroller                | Fuld adgang | -                                                    |
      | Klargøring af Webex-ordrer for partnerorganisationen | Ingen       | -                                                    |
      | Klargøring af Webex-ordrer for kunder                | Fuld adgang | -                                                    |
      | Oprettelse og administration af Webex-prøveversioner | Fuld adgang | -                                                    |

  @cell
  Abstrakt Scenario: En salgsadministrator sælger til de kunder, vedkommende er tildelt
    Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                            | adgang      | omfang              |
      | Administration af partnerorganisationen              | Ingen       | -                   |
      | Administration af kundeorganisationer                | Fuld adgang | Kun tildelte kunder |
      | Tildeling af salgsadministratorroller                | Ingen       | -                   |
      | Klargøring af Webex-ordrer for partnerorganisationen | Ingen       | -                   |
      | Klargøring af Webex-ordrer for kunder                | Fuld adgang | -                   |
      | Oprettelse og administration af Webex-prøveversioner | Fuld adgang | -                   |

  @cell
  Abstrakt Scenario: En klargøringsadministrator klargør det, partneren har solgt, og starter ingen prøveversioner
    Givet en administrator med tilknytningen "Partnerorganisation" og rollen "Klargøringsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                            | adgang      | omfang                                 |
      | Administration af partnerorganisationen              | Ingen       | -                                      |
      | Administration af kundeorganisationer                | Fuld adgang | Kun tildelte kunder                    |
      | Tildeling af salgsadministratorroller                | Ingen       | -                                      |
      | Klargøring af Webex-ordrer for partnerorganisationen | Ingen       | -                                      |
      | Klargøring af Webex-ordrer for kunder                | Fuld adgang | For tjenester, som partneren har solgt |
      | Oprettelse og administration af Webex-prøveversioner | Ingen       | -                                      |
