# language: da
Egenskab: Regler for partnerens salgsroller
  Rollerne som salgsadministrator med fulde rettigheder og salgsadministrator findes kun i
  partnerorganisationer, hvor fulde administratorer og salgsadministratorer med fulde rettigheder
  tildeler dem.

  Regel: R46 — Rollerne som salgsadministrator med fulde rettigheder og salgsadministrator findes kun i partnerorganisationer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:370: “Role pełnego administratora sprzedaży i administratora
    sprzedaży są dostępne tylko dla organizacji partnerskich w centrum Control Hub. Pełnoprawni
    administratorzy i inni pełnoprawni administratorzy sprzedaży organizacji partnerskich mogą
    przypisywać rolę pełnego administratora sprzedaży lub rolę administratora sprzedaży innym
    użytkownikom.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:409: “Jako pełny administrator lub pełny administrator
    sprzedaży możesz przypisać każdemu użytkownikowi w organizacji rolę pełnego administratora sprzedaży
    lub administratora sprzedaży.”

    @R46 @enforced
    Scenarie: Salgsroller tildeles ikke i en kundeorganisation
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Salgsadministrator"
      Så skal ændringen afvises efter regel R46

    @R46 @enforced
    Scenarie: En fuld administrator i en partnerorganisation tildeler rollen som salgsadministrator med fulde rettigheder
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Salgsadministrator med fulde rettigheder"
      Så skal ændringen være tilladt efter regel R46

    @R46 @enforced
    Scenarie: En salgsadministrator med fulde rettigheder tildeler rollen som salgsadministrator
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Salgsadministrator"
      Så skal ændringen være tilladt efter regel R46

    @R46 @enforced
    Scenarie: En salgsadministrator tildeler ingen salgsrolle
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Salgsadministrator"
      Så skal ændringen afvises efter regel R46

  Regel: R47 — Klargøring af en ordre: en ny organisation giver fuld administrator, en eksisterende klargøringsadministrator
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:372: “Administratorzy sprzedaży i administratorzy sprzedaży,
    którzy aprowizują zlecenie usługi Webex, mogą utworzyć nową organizację odbiorców lub aprowizowanie
    zamówienia dla istniejącej. Jeśli pełny administrator sprzedaży lub administrator sprzedaży utworzy
    nową organizację klienta, automatycznie otrzyma pełne uprawnienia administratora w organizacji
    klienta. Jeśli klient istnieje, otrzymuje rolę administratora aprowującego.”
    En ny kundeorganisation gør vedkommende til fuld administrator; en eksisterende gør vedkommende til
    klargøringsadministrator.
    Afgøres ikke ud fra en anmodning (oplysning): klargøring af ordrer er ikke en anmodning om tildeling
    af en rolle.

  Regel: R48 — Salgsadministratorroller kan kombineres med fuld administrator; fjernelse af egen salgsadministratorrolle med fulde rettigheder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:412: “Jeśli masz zarówno pełną rolę administratora, jak i
    pełnego administratora sprzedaży, możesz usunąć z siebie rolę pełnego administratora sprzedaży i
    przypisać ją do innego użytkownika.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:414: “Użytkownik może pełnić rolę pełnego administratora
    sprzedaży lub administratora sprzedaży wraz z pełnią administratorem.”

    @R48 @enforced
    Scenarie: En fuld administrator, der også er salgsadministrator med fulde rettigheder, opgiver salgsrollen
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Og administratoren har også rollen "Salgsadministrator med fulde rettigheder"
      Når administratoren fjerner rollen "Salgsadministrator med fulde rettigheder" fra sig selv
      Så skal ændringen være tilladt efter regel R48

    @R48 @enforced
    Scenarie: En salgsadministrator med fulde rettigheder, der ikke er fuld administrator, beholder salgsrollen
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator med fulde rettigheder"
      Når administratoren fjerner rollen "Salgsadministrator med fulde rettigheder" fra sig selv
      Så skal ændringen afvises efter regel R48

    @R48 @enforced
    Scenarie: En fuld administrator kan også være salgsadministrator
      Givet at den administrerede organisation er en partnerorganisation
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og rollen "Administrator med fulde rettigheder"
      Når administratoren tildeler brugeren rollen "Salgsadministrator"
      Så skal ændringen være tilladt efter regel R48

  Regel: R49 — En salgsadministrator administrerer tildelte kunder, en salgsadministrator med fulde rettigheder alle kunder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:428: “• Administrator sprzedaży, jeśli chcesz przypisać
    określonych klientów do zarządzania.”
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:429: “• Pełny administrator sprzedaży, jeśli chcesz, aby
    zarządzali wszystkimi klientami w Twojej organizacji.”

    @R49 @enforced
    Scenarie: En salgsadministrator administrerer de kunder, vedkommende er tildelt
      Givet tabellen "Roller som salgsadministrator med fulde rettigheder og salgsadministrator"
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator"
      Så skal adgangen til rettigheden "Administration af kundeorganisationer" være "Fuld adgang" med omfanget "Kun tildelte kunder"

    @R49 @enforced
    Scenarie: En salgsadministrator med fulde rettigheder administrerer alle kunder
      Givet tabellen "Roller som salgsadministrator med fulde rettigheder og salgsadministrator"
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Salgsadministrator med fulde rettigheder"
      Så skal adgangen til rettigheden "Administration af kundeorganisationer" være "Fuld adgang" med omfanget "Alle kunder, som partnerorganisationen administrerer"
