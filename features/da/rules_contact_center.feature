# language: da
Egenskab: Regler for kontaktcenterrollerne
  Hvem der må have og tildele rollen Administrator af kontaktcentertjeneste, og hvad
  kontaktcenterrollerne må ud over privilegietabellen.

  @R20 @enforced
  Scenarie: Tjenesteadministratorrollen kan tildeles en bruger i kundeorganisationen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R20

  @R20 @enforced
  Scenarie: Tjenesteadministratorrollen kan tildeles en ekstern administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R20

  @R20 @enforced
  Scenarie: Tjenesteadministratorrollen tildeles ikke en bruger fra partnerorganisationen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så afvises ændringen efter regel R25

  @R21 @informative
  Scenarie: En kontaktcenteradministrator kan komme fra kunden, den administrerende partner eller enhver anden organisation
    Så kontrollerer RoleTCK ikke dette, fordi "kontaktcentertabellerne angiver allerede hver tilknytning"

  @R22 @enforced
  Scenarie: En fuld administrator med en standardlicens til kontaktcenter kan kun bruge Agent Desktop
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og administratoren har en standardlicens til Webex Contact Center
    Så er adgangen til "Administrer alle Webex kontaktcenterfunktioner" "Ingen"
    Så er adgangen til "Administrer åbningstider" "Ingen"

  @R22 @enforced
  Scenarie: Standardlicensen tager intet fra administratorens andre roller
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og administratoren har også rollen "Supervisor"
    Og administratoren har en standardlicens til Webex Contact Center
    Så er adgangen til "Administrer åbningstider" "Fuld adgang"
    Så er adgangen til "Send aktiverings-e-mail" "Ingen"

  @R23 @enforced
  Scenarie: En fuld administrator kan ikke også være tjenesteadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så afvises ændringen efter regel R23

  @R23 @enforced
  Scenarie: En tjenesteadministrator kan ikke også være skrivebeskyttet administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så afvises ændringen efter regel R23

  @R23 @enforced
  Scenarie: En supportadministrator kan også være tjenesteadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Supportadministrator"
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R20

  @R24 @enforced
  Scenarie: Ingen tjenesteadministrator fra en ekstern organisation, der selv har kontaktcenter
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Og Contact Center er aktiveret i brugerens hjemmeorganisation
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så afvises ændringen efter regel R24

  @R24 @enforced
  Scenarie: En tjenesteadministrator fra en ekstern organisation uden kontaktcenter
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R20

  @R25 @enforced
  Scenarie: Ingen tjenesteadministratorrolle til en bruger fra klargøringspartnerorganisationen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så afvises ændringen efter regel R25

  @R25 @enforced
  Scenarie: En bruger fra enhver anden organisation kan være tjenesteadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R27

  @R26 @enforced
  Scenarie: En ekstern tjenesteadministrator tildeler rollen til en bruger i kundeorganisationen
    Givet en administrator fra "Enhver anden organisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R27

  @R26 @enforced
  Scenarie: En ekstern tjenesteadministrator tilføjer ingen anden ekstern tjenesteadministrator
    Givet en administrator fra "Enhver anden organisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så afvises ændringen efter regel R26

  @R27 @enforced
  Scenarie: En tjenesteadministrator tildeler tjenesteadministratorrollen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
    Så er ændringen tilladt efter regel R27

  @R27 @enforced
  Scenarie: En tjenesteadministrator tildeler ingen anden rolle
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Supportadministrator"
    Så afvises ændringen efter regel R27

  @R27 @enforced
  Scenarie: En tjenesteadministrator hverken tilføjer eller fjerner brugere
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Så er adgangen til "Tilføj eller fjern brugere i kundeorganisationen" "Ingen"
    Så er adgangen til "Send aktiverings-e-mail" "Fuld adgang"

  @R28 @informative
  Scenarie: En tjenesteadministrator kan ikke bruge guiden Opsætning af tjenester
    Kontaktcenteret kan konfigureres, når en fuld administrator har gennemført guiden.

    Så kontrollerer RoleTCK ikke dette, fordi "guiden er ikke en rettighed i privilegietabellerne"

  @R29 @enforced
  Scenarie: En tjenesteadministrator ser kun andre tjenesteadministratorer
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator af kontaktcentertjeneste"
    Så er adgangen til "Få vist listen over andre eksterne administratorer" "Fuld adgang", omfang "Kun andre tjenesteadministratorer"

  @R29 @enforced
  Scenarie: En fuld administrator ser alle eksterne administratorer
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Så er adgangen til "Få vist listen over andre eksterne administratorer" "Fuld adgang", omfang "-"

  @R30 @enforced
  Scenarie: En ekstern tjenesteadministrator administrerer licenser og rollen for kundens brugere
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Enhver anden organisation" med rollen "Administrator af kontaktcentertjeneste"
    Så er adgangen til "Tildele, redigere eller fjerne kontaktcenterlicenser fra brugere" "Fuld adgang"
    Så er adgangen til "Tilføje eller tilbagekalde rollen Administrator af kontaktcentertjeneste fra eksterne administratorer" "Ingen"

  @R30 @enforced
  Scenarie: En ekstern tjenesteadministrator tildeler kun rollen til kundens brugere
    Givet tabellen "Tildel rollen Administrator af kontaktcentertjeneste til en bruger"
    Og en administrator fra "Enhver anden organisation" med rollen "Administrator af kontaktcentertjeneste"
    Så er adgangen til "Tildel rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen" "Fuld adgang"
    Så er adgangen til "Tildel rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation" "Ingen"

  @R31 @informative
  Scenarie: Kun kontaktcenterets licenskolonner i CSV-skabelonen kan angives
    Så kontrollerer RoleTCK ikke dette, fordi "det handler om en filskabelon, ikke om en afgørelse"

  @R32 @enforced
  Scenarie: En supervisor administrerer kun åbningstider
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Kundeorganisation" med rollen "Supervisor"
    Så er adgangen til "Administrer åbningstider" "Fuld adgang"
    Så er adgangen til "Administrer alle Webex kontaktcenterfunktioner" "Ingen"

  @R32 @enforced
  Scenarie: Der findes ingen supervisor uden for kundeorganisationen
    Givet tabellen "Kontaktcenterspecifikke privilegier"
    Og en administrator fra "Partnerorganisation" med rollen "Supervisor"
    Så er adgangen til "Administrer åbningstider" "Ikke tilgængelig"

  @R52 @informative
  Scenarie: Hvad en tjenesteadministrator ellers gør i Control Hub
    En tjenesteadministrator kan bruge alle funktioner under fanen Kontaktcentertjenester og i
    Management Portal, sende aktiverings-e-mailen igen og se organisationens abonnementer,
    licensforbrug og status for Webex-tjenester.

    Så kontrollerer RoleTCK ikke dette, fordi "disse sider er ikke rettigheder i privilegietabellerne"
