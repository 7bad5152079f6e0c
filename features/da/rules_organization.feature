# language: da
Egenskab: Regler for organisationsrollerne
  Hvordan administratorer i en kundeorganisation får deres roller, og hvad teksten omkring tabellen
  over organisationsroller siger ud over tabellen.

  @R01 @enforced
  Scenarie: En fuld administrator må tildele enhver rolle til enhver bruger i organisationen
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Supportadministrator"
    Så er ændringen tilladt efter regel R01

  @R01 @enforced
  Scenarie: En ekstern fuld administrator må også tildele roller til brugere i organisationen
    Givet en administrator fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Enhedsadministrator"
    Så er ændringen tilladt efter regel R01

  @R01 @enforced
  Scenarie: En enhedsadministrator må ikke tildele roller
    Givet en administrator fra "Kundeorganisation" med rollen "Enhedsadministrator"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Supportadministrator"
    Så afvises ændringen efter regel R01

  @R02 @enforced
  Scenarie: En bruger, der tilføjes organisationen, starter uden administratorrettigheder
    Givet tabellen "Organisationsroller"
    Og en person fra "Kundeorganisation" uden nogen administratorrolle
    Så er adgangen til "Enhedsadministration" "Ingen"
    Så er adgangen til "Analyser og rapporter" "Ingen"

  @R02 @enforced
  Scenarie: En bruger uden administratorrolle tildeler ingen roller
    Givet en person fra "Kundeorganisation" uden nogen administratorrolle
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
    Så afvises ændringen efter regel R02

  @R03 @advisory
  Scenarie: Hav mere end én fuld administrator
    En organisation bør altid have mere end én fuld administrator, så der kan foretages
    administrative ændringer, når en af dem er væk.

    Så kontrollerer RoleTCK ikke dette, fordi "det er et råd om hele listen af administratorer, ikke en afgørelse om én anmodning"

  @R04 @informative
  Scenarie: Typerne af kundeadministratorer
    Kundeadministratorer er fulde administratorer, supportadministratorer, bruger- og
    enhedsadministratorer, enhedsadministratorer, skrivebeskyttede administratorer og compliance-
    ansvarlige. En compliance-ansvarlig når brugergenereret indhold af juridiske grunde; en
    supportadministrator ser mødeanalyser og fejlfindingsoplysninger.

    Så kontrollerer RoleTCK ikke dette, fordi "det beskriver rollerne; tabellen over organisationsroller siger, hvad hver må"

  @R05 @informative
  Scenarie: Tabellen over organisationsroller viser kun roller for hele organisationen
    Tjenesteroller, som Webex-webstedsadministratorrollerne og kontaktcenterrollerne, er beskrevet i
    deres egne tabeller.

    Så kontrollerer RoleTCK ikke dette, fordi "det beskriver, hvordan kildetabellerne er opbygget"

  @R06 @informative
  Scenarie: En ændring af en brugers organisationsrolle kan påvirke vedkommendes tjenesteroller
    Gennemgå tjenesterollerne, når organisationsrollen er ændret for en bruger, der allerede har en
    tjenesterolle.

    Så kontrollerer RoleTCK ikke dette, fordi "det er et råd om at gennemgå roller manuelt efter en ændring"

  @R07 @informative
  Scenarie: En brugers administratorroller vises som en kommasepareret liste eller 'Ingen'
    Så kontrollerer RoleTCK ikke dette, fordi "det handler om, hvordan Control Hub viser roller"

  @R08 @informative
  Scenarie: En partner tildeler roller inde fra kundeorganisationen
    En partner åbner først kundeorganisationen og tildeler derefter roller på dens side Brugere.

    Så kontrollerer RoleTCK ikke dette, fordi "det beskriver, hvor i Control Hub roller tildeles"

  @R09 @enforced
  Scenarie: Avanceret fejlfindingsadgang lader fulde administratorer deltage i igangværende møder
    Givet tabellen "Organisationsroller"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og administratoren har også rollen "Avanceret fejlfindingsadgang"
    Så er adgangen til "Adgang til at deltage i igangværende møder" "Fuld adgang"
    Så er adgangen til "Adgang til livemøder" "Fuld adgang"

  @R09 @enforced
  Scenarie: Avanceret fejlfindingsadgang åbner siden med livemøder for en skrivebeskyttet administrator, men ingen møder
    Givet tabellen "Organisationsroller"
    Og en administrator fra "Kundeorganisation" med rollen "Administrator med skrivebeskyttede rettigheder"
    Og administratoren har også rollen "Avanceret fejlfindingsadgang"
    Så er adgangen til "Adgang til livemøder" "Fuld adgang"
    Så er adgangen til "Adgang til at deltage i igangværende møder" "Ingen"

  @R10 @enforced
  Scenarie: En fuld administrator kan ikke tildele sig selv avanceret fejlfindingsadgang
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Når administratoren tildeler sig selv rollen "Avanceret fejlfindingsadgang"
    Så afvises ændringen efter regel R10

  @R10 @enforced
  Scenarie: En anden fuld administrator tildeler den til vedkommende
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
    Så er ændringen tilladt efter regel R10

  @R10 @enforced
  Scenarie: En supportadministrator må have avanceret fejlfindingsadgang
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Supportadministrator"
    Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
    Så er ændringen tilladt efter regel R10

  @R10 @enforced
  Scenarie: En enhedsadministrator må ikke have avanceret fejlfindingsadgang
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" med rollen "Enhedsadministrator"
    Når administratoren tildeler brugeren rollen "Avanceret fejlfindingsadgang"
    Så afvises ændringen efter regel R10

  @R50 @informative
  Scenarie: Listen over administratorer kan eksporteres som en CSV-fil
    Den fulde eller den filtrerede liste over administratorer kan eksporteres; filen angiver hver
    administrator med bruger-id eller e-mail og administratorroller.

    Så kontrollerer RoleTCK ikke dette, fordi "det handler om at eksportere en liste, ikke om en afgørelse"

  @R51 @informative
  Scenarie: Brugere kan filtreres efter administratorrolle
    Så kontrollerer RoleTCK ikke dette, fordi "det handler om, hvordan Control Hub viser brugere"
