# language: da
Egenskab: Regler for kontaktcenterrollerne
  Hvem der må have og tildele rollen Administrator af kontaktcentertjeneste, og hvad
  kontaktcenterrollerne må ud over privilegietabellen.

  Regel: R20 — Rollen Administrator af kontaktcentertjeneste kan tildeles eksterne administratorer og kundens brugere
    Kilde 001_c4461c6f41d4b583.txt:3: “Cisco Webex Contact Center giver en dedikeret Rolle som
    administrator af kontaktcentertjeneste, der giver dig mulighed for at administrere
    kontaktcentertjenesten og licenser. Denne rolle kan tildeles til eksterne administratorer og brugere
    i kundeorganisationen.”

    @R20 @enforced
    Scenarie: Tjenesteadministratorrollen kan tildeles en bruger i kundeorganisationen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt efter regel R20

    @R20 @enforced
    Scenarie: Tjenesteadministratorrollen kan tildeles en ekstern administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt efter regel R20

    @R20 @R25 @enforced
    Scenarie: Tjenesteadministratorrollen tildeles ikke en bruger fra partnerorganisationen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen afvises efter regel R25

  Regel: R21 — En kontaktcenteradministrator kan tilhøre kunden, den administrerende partner eller enhver anden organisation
    Kilde 001_c4461c6f41d4b583.txt:10: “En Webex Contact Center-administrator kan tilhøre en
    kundeorganisation, en partnerorganisation, der administrerer dit abonnement eller enhver anden
    organisation.”
    Afgøres ikke ud fra en anmodning (oplysning): kontaktcentertabellerne angiver allerede hver
    tilknytning.

  Regel: R22 — En fuld administrator med kun en standardlicens til kontaktcenter kan kun bruge Agent Desktop
    Kilde 001_c4461c6f41d4b583.txt:116: “Hvis du tildeler en fuld administratorrolle til en bruger med
    en standardlicens til Webex kontaktcenter, er administrative funktioner på Management Portal ikke
    tilgængelige for den pågældende bruger. Sådanne brugere kan kun logge ind på Agent Desktop.”
    Kittets afgørelse (RULINGS §4.4): med en standardlicens til Contact Center giver rollen som fuld
    administrator for et medlem af kundeorganisationen ingen adgang til Contact Center; andre roller
    beholder deres.

    @R22 @enforced
    Scenarie: En fuld administrator med en standardlicens til kontaktcenter kan kun bruge Agent Desktop
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og administratoren har en standardlicens til Webex Contact Center
      Så skal adgangen til rettigheden "Administration af alle Webex kontaktcenterfunktioner" være "Ingen"
      Og adgangen til rettigheden "Administration af åbningstider" skal være "Ingen"

    @R22 @enforced
    Scenarie: Standardlicensen tager intet fra administratorens andre roller
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og administratoren har også rollen "Supervisor"
      Og administratoren har en standardlicens til Webex Contact Center
      Så skal adgangen til rettigheden "Administration af åbningstider" være "Fuld adgang"
      Og adgangen til rettigheden "Afsendelse af aktiverings-e-mail" skal være "Ingen"

  Regel: R23 — En bruger har højst én af rollerne Administrator af kontaktcentertjeneste, fuld administrator og skrivebeskyttet administrator
    Kilde 001_c4461c6f41d4b583.txt:123: “Du kan kun tildele en bruger med én af disse roller:
    Administrator af kontaktcentertjeneste, fuld administrator eller skrivebeskyttet administrator.”
    Kittets afgørelse (RULINGS §4.5): kittet læser sætningen som gensidig udelukkelse: en bruger har
    højst én af de tre roller.

    @R23 @enforced
    Scenarie: En fuld administrator kan ikke også være tjenesteadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen afvises efter regel R23

    @R23 @enforced
    Scenarie: En tjenesteadministrator kan ikke også være skrivebeskyttet administrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Når administratoren tildeler brugeren rollen "Administrator med skrivebeskyttede rettigheder"
      Så skal ændringen afvises efter regel R23

    @R23 @enforced
    Scenarie: En supportadministrator kan også være tjenesteadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og rollen "Supportadministrator"
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt efter regel R23

  Regel: R24 — Ingen administrator af kontaktcentertjeneste fra en ekstern organisation, der har kontaktcenter aktiveret
    Kilde 001_c4461c6f41d4b583.txt:140: “Webex Contact Center understøtter ikke tilføjelse af en
    administrator af kontaktcentertjenesten fra en ekstern organisation, hvis kontaktcentertjenesten
    også er aktiveret for den eksterne organisation.”
    Kittets afgørelse (RULINGS §4.3): en ekstern administrator tildeler aldrig rollen Administrator af
    kontaktcentertjeneste til en bruger fra en ekstern organisation.

    @R24 @enforced
    Scenarie: Ingen tjenesteadministrator fra en ekstern organisation, der selv har kontaktcenter
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Og Contact Center er aktiveret i brugerens hjemmeorganisation
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen afvises efter regel R24

    @R24 @enforced
    Scenarie: En tjenesteadministrator fra en ekstern organisation uden kontaktcenter
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt

  Regel: R25 — Ingen rolle som administrator af kontaktcentertjeneste til en ekstern bruger fra en klargøringspartnerorganisation
    Kilde 001_c4461c6f41d4b583.txt:142: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en ekstern bruger fra en klargøringspartnerorganisation.”
    Kilde 001_c4461c6f41d4b583.txt:284: “• Tildele rollen som administrator af kontaktcentertjeneste til
    en ekstern bruger, der er fra en klargøringspartnerorganisation.”
    Kittets afgørelse (RULINGS §4.3): en ekstern administrator tildeler aldrig rollen Administrator af
    kontaktcentertjeneste til en bruger fra en ekstern organisation.

    @R25 @enforced
    Scenarie: Ingen tjenesteadministratorrolle til en bruger fra klargøringspartnerorganisationen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Partnerorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen afvises efter regel R25

    @R25 @enforced
    Scenarie: En bruger fra enhver anden organisation kan være tjenesteadministrator
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt

  Regel: R26 — En ekstern administrator af kontaktcentertjeneste tildeler kun rollen til kundens brugere
    Kilde 001_c4461c6f41d4b583.txt:161: “Tildel rollen Administrator af kontaktcentertjeneste til en
    bruger fra kundeorganisationen.”
    Kilde 001_c4461c6f41d4b583.txt:166: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en anden ekstern bruger. Du kan kun tildele rollen til en bruger fra
    kundeorganisationen.”
    Kittets afgørelse (RULINGS §4.3): en ekstern administrator tildeler aldrig rollen Administrator af
    kontaktcentertjeneste til en bruger fra en ekstern organisation.

    @R26 @enforced
    Scenarie: En ekstern tjenesteadministrator tildeler rollen til en bruger i kundeorganisationen
      Givet en administrator med tilknytningen "Enhver anden organisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt

    @R26 @enforced
    Scenarie: En ekstern tjenesteadministrator tilføjer ingen anden ekstern tjenesteadministrator
      Givet en administrator med tilknytningen "Enhver anden organisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Enhver anden organisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen afvises efter regel R26

  Regel: R27 — En administrator af kontaktcentertjeneste kan ikke tilføje eller fjerne brugere
    Kilde 001_c4461c6f41d4b583.txt:219: “Som tjenesteadministratoren kan du få vist organisationens
    brugere. Du kan ikke tilføje, slette, aktivere eller deaktivere brugere fra organisationen.”
    Kilde 001_c4461c6f41d4b583.txt:222: “Du kan kun tildele eller fjerne tildeling af
    administratorrollen for kontaktcentertjeneste for en bruger.”

    @R27 @enforced
    Scenarie: En tjenesteadministrator tildeler tjenesteadministratorrollen
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Administrator af kontaktcentertjeneste"
      Så skal ændringen være tilladt efter regel R27

    @R27 @enforced
    Scenarie: En tjenesteadministrator tildeler ingen anden rolle
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Supportadministrator"
      Så skal ændringen afvises efter regel R27

    @R27 @enforced
    Scenarie: En tjenesteadministrator hverken tilføjer eller fjerner brugere
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Så skal adgangen til rettigheden "Tilføjelse eller fjernelse af brugere i kundeorganisationen" være "Ingen"
      Og adgangen til rettigheden "Afsendelse af aktiverings-e-mail" skal være "Fuld adgang"

  Regel: R28 — En administrator af kontaktcentertjeneste kan ikke bruge guiden Opsætning af tjenester
    Kilde 001_c4461c6f41d4b583.txt:180: “Som administrator af kontaktcentertjenesten kan du ikke få
    adgang til guiden Opsætning af tjenester.”
    Kilde 001_c4461c6f41d4b583.txt:192: “Når en fuldgyldig administrator har fuldført guiden Opsætning
    af tjenester, kan du konfigurere Webex kontaktcenter.”
    Kontaktcenteret kan konfigureres, når en fuld administrator har gennemført guiden.
    Afgøres ikke ud fra en anmodning (oplysning): guiden er ikke en rettighed i privilegietabellerne.

  Regel: R29 — En administrator af kontaktcentertjeneste kan kun se andre tjenesteadministratorer
    Kilde 001_c4461c6f41d4b583.txt:254: “Som administrator af kontaktcentertjenesten kan du kun få vist
    andre administratorbrugere af kontaktcentertjenesten. Du kan ikke få vist administratorer med fulde
    rettigheder eller administratorer af andre tjenester i organisationen.”
    Kilde 001_c4461c6f41d4b583.txt:286: “• Vise eksterne administratorer med andre roller end
    administratoren af kontaktcentertjenesten.”

    @R29 @enforced
    Scenarie: En tjenesteadministrator ser kun andre tjenesteadministratorer
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator af kontaktcentertjeneste"
      Så skal adgangen til rettigheden "Visning af listen over andre eksterne administratorer" være "Fuld adgang" med omfanget "Kun andre tjenesteadministratorer"

    @R29 @enforced
    Scenarie: En fuld administrator ser alle eksterne administratorer
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Så skal adgangen til rettigheden "Visning af listen over andre eksterne administratorer" være "Fuld adgang" med omfanget "-"

  Regel: R30 — Hvad en ekstern administrator af kontaktcentertjeneste kan gøre
    Kilde 001_c4461c6f41d4b583.txt:274: “Hvis du er ekstern administrator med rollen Administrator af
    kontaktcentertjeneste, kan du udføre følgende opgaver:”
    Kilde 001_c4461c6f41d4b583.txt:276: “• Få vist og opdatere rollen Administrator af
    kontaktcentertjeneste for en bruger i kundeorganisationen.”

    @R30 @enforced
    Scenarie: En ekstern tjenesteadministrator administrerer licenser og rollen for kundens brugere
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Enhver anden organisation" og rollen "Administrator af kontaktcentertjeneste"
      Så skal adgangen til rettigheden "Tildeling, redigering eller fjernelse af brugeres kontaktcenterlicenser" være "Fuld adgang"
      Og adgangen til rettigheden "Tildeling eller tilbagekaldelse af rollen Administrator af kontaktcentertjeneste for eksterne administratorer" skal være "Ingen"

    @R30 @enforced
    Scenarie: En ekstern tjenesteadministrator tildeler kun rollen til kundens brugere
      Givet tabellen "Tildel rollen Administrator af kontaktcentertjeneste til en bruger"
      Og en administrator med tilknytningen "Enhver anden organisation" og rollen "Administrator af kontaktcentertjeneste"
      Så skal adgangen til rettigheden "Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra kundeorganisationen" være "Fuld adgang"
      Og adgangen til rettigheden "Tildeling af rollen Administrator af kontaktcentertjeneste til en bruger fra en ekstern organisation" skal være "Ingen"

  Regel: R31 — Kolonner i kontaktcenterets CSV-skabelon
    Kilde 001_c4461c6f41d4b583.txt:240: “I skabelonen CSV kan du kun angive standardkolonnerne Webex
    Contact Center premium og Webex Contact Center til Sandt eller Falsk .”
    Afgøres ikke ud fra en anmodning (oplysning): det handler om en filskabelon, ikke om en afgørelse.

  Regel: R32 — En supervisor administrerer kun åbningstider, styret af brugerprofiler
    Kilde 001_c4461c6f41d4b583.txt:100: “Har begrænset adgang til Control Hub, kun til åbningstiden. En
    supervisor kan administrere alle aktiviteter, der er relateret til virksomhedens åbningstider,
    f.eks.:”
    Kilde 001_c4461c6f41d4b583.txt:109: “Supervisorens adgang til åbningstid styres udelukkende af
    brugerprofiler.”

    @R32 @enforced
    Scenarie: En supervisor administrerer kun åbningstider
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Supervisor"
      Så skal adgangen til rettigheden "Administration af åbningstider" være "Fuld adgang"
      Og adgangen til rettigheden "Administration af alle Webex kontaktcenterfunktioner" skal være "Ingen"

    @R32 @enforced
    Scenarie: Der findes ingen supervisor uden for kundeorganisationen
      Givet tabellen "Kontaktcenterspecifikke privilegier"
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Supervisor"
      Så skal adgangen til rettigheden "Administration af åbningstider" være "Ikke tilgængelig"

  Regel: R52 — Andre ting, en administrator af kontaktcentertjeneste kan gøre i Control Hub
    Kilde 001_c4461c6f41d4b583.txt:174: “• Udføre kontaktcenterspecifikke administrationsaktiviteter på
    Control Hub som forklaret i de følgende afsnit.”
    Kilde 001_c4461c6f41d4b583.txt:176: “• Få adgang til alle funktioner under fanen
    Kontaktcentertjenester på Control Hub og på Management Portal.”
    En tjenesteadministrator kan bruge alle funktioner under fanen Kontaktcentertjenester og i
    Management Portal, sende aktiverings-e-mailen igen og se organisationens abonnementer, licensforbrug
    og status for Webex-tjenester.
    Afgøres ikke ud fra en anmodning (oplysning): disse sider er ikke rettigheder i
    privilegietabellerne.
