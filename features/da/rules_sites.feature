# language: da
Egenskab: Regler for Webex-webstedsrollerne
  Webex-webstedsroller tildeles websted for websted, kun på websteder, som Control Hub
  administrerer, og en administrator af mødeindhold er altid også webstedsadministrator.

  @R11 @enforced
  Scenarie: En webstedsrolle tildeles for et navngivet websted
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og webstedet "alpha" administreres af Control Hub
    Når administratoren tildeler brugeren rollen "Webex-webstedsadministrator" på webstedet "alpha"
    Så er ændringen tilladt efter regel R01

  @R11 @enforced
  Scenarie: En webstedsrolle tildelt uden websted er en ufuldstændig anmodning
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" uden at angive et websted
    Så afvises anmodningen som ufuldstændig

  @R12 @enforced
  Scenarie: Webstedsroller tildeles ikke på et websted, som Webstedsadministration administrerer
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og webstedet "beta" administreres af Webstedsadministration
    Når administratoren tildeler brugeren rollen "Webex-webstedsadministrator" på webstedet "beta"
    Så afvises ændringen efter regel R12

  @R12 @enforced
  Scenarie: Webstedsroller tildeles på et websted, som Control Hub administrerer
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og webstedet "alpha" administreres af Control Hub
    Når administratoren tildeler brugeren rollen "Webex-administrator med skrivebeskyttede rettigheder" på webstedet "alpha"
    Så er ændringen tilladt efter regel R01

  @R13 @enforced
  Scenarie: En webstedsadministrator tildeler webstedsroller på sit eget websted
    Givet en administrator fra "Kundeorganisation" med rollen "Webex-webstedsadministrator"
    Og administratoren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" på webstedet "alpha"
    Så er ændringen tilladt efter regel R13

  @R13 @enforced
  Scenarie: En webstedsadministrator tildeler ingen roller på et websted, vedkommende ikke er tildelt
    Givet en administrator fra "Kundeorganisation" med rollen "Webex-webstedsadministrator"
    Og administratoren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" på webstedet "gamma"
    Så afvises ændringen efter regel R01

  @R13 @enforced
  Scenarie: En webstedsadministrator når kun de websteder, vedkommende er tildelt
    Givet tabellen "Webex-webstedsadministratorroller"
    Og en administrator fra "Kundeorganisation" med rollen "Webex-webstedsadministrator"
    Så er adgangen til "Webstedskonfiguration" "Fuld adgang", omfang "Kun for tildelte Webex-websteder"
    Så er adgangen til "Brugeradministration" "Fuld adgang", omfang "Kun brugerindstillinger"

  @R14 @informative
  Scenarie: Websteds- og brugeradministratorer administrerer Meetings-indstillinger kun for brugere i deres kundeorganisationer
    Så kontrollerer RoleTCK ikke dette, fordi "en anmodning siger ikke, hvilke kundeorganisationer en webstedsadministrator er tildelt"

  @R15 @informative
  Scenarie: En webstedsadministrator bruger ingen Meetings-licens og har ingen værtsrettigheder
    Tildel en værtslicens til en webstedsadministrator, der skal være vært for møder.

    Så kontrollerer RoleTCK ikke dette, fordi "licenser er ikke en del af en afgørelse om roller"

  @R16 @enforced
  Scenarie: Rækker markeret med en stjerne gælder kun for de tildelte websteder
    Givet tabellen "Webex-webstedsadministratorroller"
    Og en administrator fra "Partnerorganisation" med rollen "Webex-brugeradministrator"
    Så er adgangen til "Licenser" "Fuld adgang", omfang "Kun for tildelte Webex-websteder"
    Så er adgangen til "Tildel roller" "Skrivebeskyttet", omfang "Kun for tildelte Webex-websteder"
    Så er adgangen til "Analyser og rapporter" "Skrivebeskyttet", omfang "-"

  @R17 @enforced
  Scenarie: En skrivebeskyttet webstedsadministrator kan gøres til administrator af mødeindhold på samme websted
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og brugeren har rollen "Webex-administrator med skrivebeskyttede rettigheder" på webstedet "alpha"
    Når administratoren tildeler brugeren rollen "Administrator af mødeindhold" på webstedet "alpha"
    Så er ændringen tilladt efter regel R17

  @R17 @enforced
  Scenarie: En bruger uden webstedsrolle på webstedet kan ikke gøres til administrator af mødeindhold
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og brugeren har rollen "Webex-webstedsadministrator" på webstedet "beta"
    Når administratoren tildeler brugeren rollen "Administrator af mødeindhold" på webstedet "alpha"
    Så afvises ændringen efter regel R17

  @R17 @enforced
  Scenarie: Den sidste webstedsrolle under en administrator af mødeindhold kan ikke fjernes
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Og brugeren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
    Og brugeren har rollen "Administrator af mødeindhold" på webstedet "alpha"
    Når administratoren fjerner rollen "Webex-webstedsadministrator" på webstedet "alpha" fra brugeren
    Så afvises ændringen efter regel R17

  @R17 @enforced
  Scenarie: Kontakten for mødeindhold løfter aldrig en skrivebeskyttet administrator over skrivebeskyttet
    Givet tabellen "Webex-webstedsadministratorroller"
    Og en administrator fra "Kundeorganisation" med rollen "Webex-administrator med skrivebeskyttede rettigheder"
    Og administratoren har også rollen "Administrator af mødeindhold"
    Så er adgangen til "Brugeradministration" "Skrivebeskyttet", omfang "-"
    Så er adgangen til "Optagelser og transskriptioner" "Fuld adgang", omfang "Kun for tildelte Webex-websteder"

  @R18 @informative
  Scenarie: Rollen med adgang til API'et for detaljeret opkaldshistorik i Webex Calling
    Rollen lader en bruger kalde det REST API, der indsamler data til rapporterne over detaljeret
    opkaldshistorik.

    Så kontrollerer RoleTCK ikke dette, fordi "ingen privilegietabel nævner rollen"

  @R19 @informative
  Scenarie: Rollen som Webex Events-administrator
    Rollen giver adgang til Webex Events og kan give andre adgang; administratorer uden rollen ser
    en deaktiveret knap.

    Så kontrollerer RoleTCK ikke dette, fordi "ingen privilegietabel nævner rollen"
