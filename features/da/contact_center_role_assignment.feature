# language: da
@contact_center_role_assignment
Egenskab: Hvem der må tildele rollen Administrator af kontaktcentertjeneste
  En fuld administrator og en administrator af kontaktcentertjeneste fra kundeorganisationen må
  tildele tjenesteadministratorrollen til brugere i kundeorganisationen og i eksterne
  organisationer. En administrator udefra tildeler den kun til brugere i kundeorganisationen.

  Baggrund:
    Givet tabellen "Tildel rollen Administrator af kontaktcentertjeneste til en bruger"

  @cell
  Abstrakt Scenario: En fuld administrator tildeler tjenesteadministratorrollen
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                            | tilknytning               | adgang      | omfang |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Kundeorganisation         | Fuld adgang | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Kundeorganisation         | Fuld adgang | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Partnerorganisation       | Fuld adgang | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Partnerorganisation       | Ingen       | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Enhver anden organisation | Fuld adgang | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Enhver anden organisation | Ingen       | -      |

  @cell
  Abstrakt Scenario: En administrator af kontaktcentertjeneste giver rollen videre
    Givet en administrator med tilknytningen "<tilknytning>" og rollen "Administrator af kontaktcentertjeneste"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>" med omfanget "<omfang>"

    Eksempler:
      | rettighed                                                                                            | tilknytning               | adgang           | omfang |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Kundeorganisation         | Fuld adgang      | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Kundeorganisation         | Fuld adgang      | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Partnerorganisation       | Ikke tilgængelig | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen     | Enhver anden organisation | Fuld adgang      | -      |
      | Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation | Enhver anden organisation | Ingen            | -      |
