# language: da
Egenskab: Regler for de eksterne administratorer
  Hvem der kan blive ekstern administrator i en kundeorganisation, med hvilke roller, og hvem der må
  ændre rollerne.

  @R33 @informative
  Scenarie: Eksterne administratorer og deres tre typer
    Enhver uden for organisationen kan tilføjes som ekstern administrator; administratorer i
    partnerorganisationen er også eksterne administratorer. De er fulde, skrivebeskyttede eller
    klargøringsadministratorer; klargøringsadministratorer tilføjes, når en partner klargør Webex-
    ordrer.

    Så kontrollerer RoleTCK ikke dette, fordi "tabellen over eksterne administratorroller siger, hvad hver type må"

  @R34 @informative
  Scenarie: Eksterne administratorer vises på deres egen fane
    Så kontrollerer RoleTCK ikke dette, fordi "det handler om, hvordan Control Hub viser administratorer"

  @R35 @informative
  Scenarie: Supportpersonalets skrivebeskyttede adgang ophører af sig selv
    Supportpersonale, der går ind i organisationen, har normalt rollen som skrivebeskyttet
    administrator, som tilbagekaldes automatisk efter et stykke tid.

    Så kontrollerer RoleTCK ikke dette, fordi "en anmodning indeholder ikke tid"

  @R36 @enforced
  Scenarie: En ekstern administrator kan ikke tilføje en anden ekstern administrator
    Givet en administrator fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så afvises ændringen efter regel R36

  @R36 @enforced
  Scenarie: En fuld administrator i kundeorganisationen tilføjer den eksterne administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så er ændringen tilladt efter regel R01

  @R36 @enforced
  Scenarie: Ingen ekstern administrator må tilføje eksterne administratorer
    Givet tabellen "Eksterne administratorroller"
    Og en administrator fra "Enhver anden organisation" med rollen "Ekstern administrator med fulde rettigheder"
    Så er adgangen til "Tilføj eksterne administratorer" "Ingen"

  @R37 @enforced
  Scenarie: En partner, der har solgt tjenesterne, tager klargøringsadgangen tilbage
    Givet en administrator fra "Partnerorganisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Og administratorens organisation har et aktivt salgsforhold til kunden
    Når administratoren tildeler sig selv rollen "Klargøringsadministrator"
    Så er ændringen tilladt efter regel R37

  @R37 @enforced
  Scenarie: Uden et aktivt salgsforhold kan partneren ikke tage den tilbage
    Givet en administrator fra "Partnerorganisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Når administratoren tildeler sig selv rollen "Klargøringsadministrator"
    Så afvises ændringen efter regel R37

  @R37 @enforced
  Scenarie: En partner kan ikke gøre sig selv til fuld administrator
    Givet en administrator fra "Partnerorganisation" med rollen "Klargøringsadministrator"
    Og administratorens organisation har et aktivt salgsforhold til kunden
    Når administratoren tildeler sig selv rollen "Administrator med fulde rettigheder"
    Så afvises ændringen efter regel R37

  @R38 @enforced
  Scenarie: En fuld administrator i kundeorganisationen fjerner en rolle fra en partneradministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" med rollen "Klargøringsadministrator"
    Når administratoren fjerner rollen "Klargøringsadministrator" fra brugeren
    Så er ændringen tilladt efter regel R38

  @R38 @enforced
  Scenarie: En skrivebeskyttet administrator i kundeorganisationen fjerner ingen rolle fra en partneradministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Og en bruger fra "Partnerorganisation" med rollen "Klargøringsadministrator"
    Når administratoren fjerner rollen "Klargøringsadministrator" fra brugeren
    Så afvises ændringen efter regel R01

  @R39 @informative
  Scenarie: Eksterne administratorer som vej ind, når enkeltlogon svigter
    Så kontrollerer RoleTCK ikke dette, fordi "det er et råd om, hvorfor man tilføjer eksterne administratorer"

  @R40 @informative
  Scenarie: En ekstern fuld administrator logger ind én gang, før vedkommende når mødewebsteder
    Så kontrollerer RoleTCK ikke dette, fordi "en anmodning siger ikke, om nogen har logget ind"

  @R41 @enforced
  Scenarie: En bruger fra forbrugerorganisationen kan ikke være ekstern administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Og brugerens hjemmeorganisation er forbrugerorganisationen
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så afvises ændringen efter regel R41

  @R41 @enforced
  Scenarie: En bruger fra en organisation med gratis selvtilmelding kan være ekstern administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Og brugerens hjemmeorganisation er en organisation med gratis selvtilmelding
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så er ændringen tilladt efter regel R01

  @R42 @enforced
  Scenarie: En bruger fra partnerorganisationen bliver fuld administrator eller klargøringsadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Klargøringsadministrator"
    Så er ændringen tilladt efter regel R01

  @R42 @enforced
  Scenarie: En bruger fra partnerorganisationen bliver ikke skrivebeskyttet administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så afvises ændringen efter regel R42

  @R42 @enforced
  Scenarie: En bruger fra enhver anden organisation bliver ikke klargøringsadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Klargøringsadministrator"
    Så afvises ændringen efter regel R42

  @R42 @enforced
  Scenarie: En bruger fra enhver anden organisation bliver ikke supportadministrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Supportadministrator"
    Så afvises ændringen efter regel R42

  @R43 @enforced
  Scenarie: En fuld administrator forfremmer en ekstern skrivebeskyttet administrator til fuld administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Når administratoren tildeler brugeren rollen "Administrator med fulde rettigheder"
    Så er ændringen tilladt efter regel R43

  @R43 @enforced
  Scenarie: En fuld administrator nedgraderer en ekstern fuld administrator til skrivebeskyttet administrator
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Enhver anden organisation" med rollen "Administrator med fulde rettigheder"
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så er ændringen tilladt efter regel R43

  @R43 @enforced
  Scenarie: En skrivebeskyttet administrator forfremmer ingen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Og en bruger fra "Enhver anden organisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Når administratoren tildeler brugeren rollen "Administrator med fulde rettigheder"
    Så afvises ændringen efter regel R01

  @R44 @informative
  Scenarie: Tilbagekaldelse af alle administratorrettigheder sletter administratorens poster
    Administratoren skal tilføjes igen for at blive genindsat.

    Så kontrollerer RoleTCK ikke dette, fordi "poster er ikke en del af en afgørelse om roller"

  @R45 @informative
  Scenarie: Giv eksterne administratorer fulde, skrivebeskyttede eller klargøringsroller for at fastlægge deres opgaver
    Så kontrollerer RoleTCK ikke dette, fordi "det er et råd om at fordele opgaver"
