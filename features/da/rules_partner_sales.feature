# language: da
Egenskab: Regler for partnerens salgsroller
  Rollerne som salgsadministrator med fulde rettigheder og salgsadministrator findes kun i
  partnerorganisationer, hvor fulde administratorer og salgsadministratorer med fulde rettigheder
  tildeler dem.

  @R46 @enforced
  Scenarie: Salgsroller tildeles ikke i en kundeorganisation
    Givet en administrator fra "Kundeorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Kundeorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Salgsadministrator"
    Så afvises ændringen efter regel R46

  @R46 @enforced
  Scenarie: En fuld administrator i en partnerorganisation tildeler rollen som salgsadministrator med fulde rettigheder
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Salgsadministrator med fulde rettigheder"
    Så er ændringen tilladt efter regel R46

  @R46 @enforced
  Scenarie: En salgsadministrator med fulde rettigheder tildeler rollen som salgsadministrator
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Salgsadministrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Salgsadministrator"
    Så er ændringen tilladt efter regel R46

  @R46 @enforced
  Scenarie: En salgsadministrator tildeler ingen salgsrolle
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Salgsadministrator"
    Og en bruger fra "Partnerorganisation" uden nogen administratorrolle
    Når administratoren tildeler brugeren rollen "Salgsadministrator"
    Så afvises ændringen efter regel R46

  @R47 @informative
  Scenarie: Klargøring af en ordre gør salgsadministratoren til administrator hos kunden
    En ny kundeorganisation gør vedkommende til fuld administrator; en eksisterende gør vedkommende
    til klargøringsadministrator.

    Så kontrollerer RoleTCK ikke dette, fordi "klargøring af ordrer er ikke en anmodning om tildeling af en rolle"

  @R48 @enforced
  Scenarie: En fuld administrator, der også er salgsadministrator med fulde rettigheder, opgiver salgsrollen
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Og administratoren har også rollen "Salgsadministrator med fulde rettigheder"
    Når administratoren fjerner rollen "Salgsadministrator med fulde rettigheder" fra sig selv
    Så er ændringen tilladt efter regel R48

  @R48 @enforced
  Scenarie: En salgsadministrator med fulde rettigheder, der ikke er fuld administrator, beholder salgsrollen
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Salgsadministrator med fulde rettigheder"
    Når administratoren fjerner rollen "Salgsadministrator med fulde rettigheder" fra sig selv
    Så afvises ændringen efter regel R48

  @R48 @enforced
  Scenarie: En fuld administrator kan også være salgsadministrator
    Givet den administrerede organisation er en partnerorganisation
    Og en administrator fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Og en bruger fra "Partnerorganisation" med rollen "Administrator med fulde rettigheder"
    Når administratoren tildeler brugeren rollen "Salgsadministrator"
    Så er ændringen tilladt efter regel R46

  @R49 @enforced
  Scenarie: En salgsadministrator administrerer de kunder, vedkommende er tildelt
    Givet tabellen "Roller som salgsadministrator med fulde rettigheder og salgsadministrator"
    Og en administrator fra "Partnerorganisation" med rollen "Salgsadministrator"
    Så er adgangen til "Administration af kundeorganisationer" "Fuld adgang", omfang "Kun tildelte kunder"

  @R49 @enforced
  Scenarie: En salgsadministrator med fulde rettigheder administrerer alle kunder
    Givet tabellen "Roller som salgsadministrator med fulde rettigheder og salgsadministrator"
    Og en administrator fra "Partnerorganisation" med rollen "Salgsadministrator med fulde rettigheder"
    Så er adgangen til "Administration af kundeorganisationer" "Fuld adgang", omfang "Alle kunder, som partnerorganisationen administrerer"
