# language: da
Egenskab: Regler for Webex-webstedsrollerne
  Webex-webstedsroller tildeles websted for websted, kun på websteder, som Control Hub
  administrerer, og en administrator af mødeindhold er altid også webstedsadministrator.

  Regel: R11 — Webex-webstedsadministratorroller tildeles pr. websted
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:22: “Aby przypisać użytkownika jako administratora witryny
    Webex, obok pozycji Role administratora witryny Webexkliknij przycisk Edytuj i wybierz rolę dla
    każdej witryny Webex, którą użytkownik ma zarządzać.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:30: “Toplantı site yöneticisi rolleri için tıklayın
    Düzenle , yanında Webex Site yönetici rolleri . Ardından, kullanıcının yönetmesini istediğiniz her
    Webex sitesi için roller seçin.”

    @R11 @enforced
    Scenarie: En webstedsrolle tildeles for et navngivet websted
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og webstedet "alpha" administreres af Control Hub
      Når administratoren tildeler brugeren rollen "Webex-webstedsadministrator" på webstedet "alpha"
      Så skal ændringen være tilladt

    @R11 @enforced
    Scenarie: En webstedsrolle tildelt uden websted er en ufuldstændig anmodning
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" uden at angive et websted
      Så skal anmodningen afvises som ufuldstændig

  Regel: R12 — Webstedsadministratorroller kun for websteder, der administreres af Control Hub
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:185: “Control Hub tarafından yönetilen toplantı
    sitelerindeki kullanıcılara yalnızca Webex sitesi yöneticisi rolleri atayabilirsiniz. Bu roller,
    Site Yönetimi tarafından yönetilen toplantı sitelerini yönetmek için Control Hub'da atanamaz.”

    @R12 @enforced
    Scenarie: Webstedsroller tildeles ikke på et websted, som Webstedsadministration administrerer
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og webstedet "beta" administreres af Webstedsadministration
      Når administratoren tildeler brugeren rollen "Webex-webstedsadministrator" på webstedet "beta"
      Så skal ændringen afvises efter regel R12

    @R12 @enforced
    Scenarie: Webstedsroller tildeles på et websted, som Control Hub administrerer
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og webstedet "alpha" administreres af Control Hub
      Når administratoren tildeler brugeren rollen "Webex-administrator med skrivebeskyttede rettigheder" på webstedet "alpha"
      Så skal ændringen være tilladt efter regel R12

  Regel: R13 — Webstedsadministratorer er begrænset til deres tildelte websteder, kan have flere og skal logge ind én gang
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:176: “Administratorzy witryn sieci Web mają dostęp tylko do
    użytkowników i ustawień witryny Webex, do których są przypisani w centrum sterowania. … Możesz
    przypisać użytkownika jako administratora dla więcej niż jednej witryny Webex.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:187: “Webex sitesi yöneticilerinin yalnızca Control Hub'da
    atandıkları Webex sitesi için kullanıcılara ve ayarlara erişimi vardır. Bir kullanıcıyı birden fazla
    Webex sitesi için yönetici olarak atayabilirsiniz. site yöneticisi rolüne atanan kullanıcıların,
    toplantı sitelerine yönetici erişimi alabilmeleri için, role atandıktan sonra Control Hub'da bir kez
    oturum aç gerekir.”

    @R13 @enforced
    Scenarie: En webstedsadministrator tildeler webstedsroller på sit eget websted
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Webex-webstedsadministrator"
      Og administratoren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" på webstedet "alpha"
      Så skal ændringen være tilladt efter regel R13

    @R13 @R01 @enforced
    Scenarie: En webstedsadministrator tildeler ingen roller på et websted, vedkommende ikke er tildelt
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Webex-webstedsadministrator"
      Og administratoren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Når administratoren tildeler brugeren rollen "Webex-brugeradministrator" på webstedet "gamma"
      Så skal ændringen afvises efter regel R01

    @R13 @enforced
    Scenarie: En webstedsadministrator når kun de websteder, vedkommende er tildelt
      Givet tabellen "Webex-webstedsadministratorroller"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Webex-webstedsadministrator"
      Så skal adgangen til rettigheden "Webstedskonfiguration" være "Fuld adgang" med omfanget "Kun for tildelte Webex-websteder"
      Og adgangen til rettigheden "Brugeradministration" skal være "Fuld adgang" med omfanget "Kun brugerindstillinger"

  Regel: R14 — Websteds- og brugeradministratorer administrerer Meetings-indstillinger kun for brugere i deres tildelte kundeorganisationer
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:178: “Administratorzy witryn Webex i administratorzy
    użytkowników Webex mogą zarządzać ustawieniami związanymi ze spotkaniami Webex tylko dla
    użytkowników w organizacjach klientów, do których są przypisani.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:191: “Webex sitesi yöneticileri ve Webex kullanıcı
    yöneticileri, yalnızca atandıkları müşteri kuruluşlarındaki kullanıcılar için Webex Meetings ile
    ilgili ayarları yönetebilir.”
    Afgøres ikke ud fra en anmodning (oplysning): en anmodning siger ikke, hvilke kundeorganisationer en
    webstedsadministrator er tildelt.

  Regel: R15 — Webstedsadministratorer bruger ingen Meetings-licens og får ingen værtsrettigheder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:181: “Administratorzy witryn Webex nie używają licencji
    Webex Meetings dla witryny Webex, do której są przypisani, ale nie będą mieli żadnych uprawnień
    hosta. Jeśli chcesz, aby administrator witryny Webex miał uprawnienia do hostingu, możesz przypisać
    mu licencję hosta.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:196: “Webex sitesi yöneticileri, atandıkları Webex sitesi
    için Webex Meetings lisansı kullanmazlar ancak toplantı sahibi ayrıcalıklarına sahip olmazlar. Bir
    Webex sitesi yöneticisinin barındırma ayrıcalıklarına sahip olmasını istiyorsanız onlara bir
    toplantı sahibi lisansı atayabilirsiniz.”
    Tildel en værtslicens til en webstedsadministrator, der skal være vært for møder.
    Afgøres ikke ud fra en anmodning (oplysning): licenser er ikke en del af en afgørelse om roller.

  Regel: R16 — Rækker markeret med en stjerne gælder kun for tildelte websteder
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på polsk 002_eb43fb2dbe00fd3d.txt:224: “* Tylko dla przypisanych witryn Webex.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:256: “* Yalnızca atanan Webex siteleri için.”

    @R16 @enforced
    Scenarie: Rækker markeret med en stjerne gælder kun for de tildelte websteder
      Givet tabellen "Webex-webstedsadministratorroller"
      Og en administrator med tilknytningen "Partnerorganisation" og rollen "Webex-brugeradministrator"
      Så skal adgangen til rettigheden "Licenser" være "Fuld adgang" med omfanget "Kun for tildelte Webex-websteder"
      Og adgangen til rettigheden "Tildeling af roller" skal være "Skrivebeskyttet" med omfanget "Kun for tildelte Webex-websteder"
      Og adgangen til rettigheden "Analyser og rapporter" skal være "Skrivebeskyttet" med omfanget "-"

  Regel: R17 — Administrator af mødeindhold kræver en webstedsadministratorrolle
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:200: “Webex sitesi yöneticilerinin, API'ler veya bir web
    arabirimi(kayıtlar ve dökümler gibi) aracılığıyla toplantı yapıtlarına erişmesine, almasına ve
    yönetmesine izin vermek istiyorsanız, bunları bir Toplantı İçeriği yöneticisi olarak atamak için bir
    anahtar arasında geçiş yapabilirsiniz. Bu rol, kullanıcıların tüm sitelere erişmelerine izin vermek
    yerine belirli Webex sitelerine ayrıntılı erişime sahip kullanıcılara atamanıza olanak tanır.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:210: “Toplantı İçeriği yönetici rolüne erişebilmesi için
    kullanıcıya bir site için Webex sitesi yöneticisi rollerinden birinin atanması gerekir.”
    Kittets afgørelse (RULINGS §4.8): administrator af mødeindhold er en tilvalgsfunktion på en
    webstedsadministratorrolle for samme websted; kittet afviser tilvalget uden en sådan rolle og
    afviser at fjerne den sidste webstedsrolle, mens tilvalget er slået til.

    @R17 @enforced
    Scenarie: En skrivebeskyttet webstedsadministrator kan gøres til administrator af mødeindhold på samme websted
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og brugeren har rollen "Webex-administrator med skrivebeskyttede rettigheder" på webstedet "alpha"
      Når administratoren tildeler brugeren rollen "Administrator af mødeindhold" på webstedet "alpha"
      Så skal ændringen være tilladt efter regel R17

    @R17 @enforced
    Scenarie: En bruger uden webstedsrolle på webstedet kan ikke gøres til administrator af mødeindhold
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og brugeren har rollen "Webex-webstedsadministrator" på webstedet "beta"
      Når administratoren tildeler brugeren rollen "Administrator af mødeindhold" på webstedet "alpha"
      Så skal ændringen afvises efter regel R17

    @R17 @enforced
    Scenarie: Den sidste webstedsrolle under en administrator af mødeindhold kan ikke fjernes
      Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
      Og en bruger med tilknytningen "Kundeorganisation" og ingen administratorrolle
      Og brugeren har rollen "Webex-webstedsadministrator" på webstedet "alpha"
      Og brugeren har rollen "Administrator af mødeindhold" på webstedet "alpha"
      Når administratoren fjerner rollen "Webex-webstedsadministrator" på webstedet "alpha" fra brugeren
      Så skal ændringen afvises efter regel R17

    @R17 @enforced
    Scenarie: Kontakten for mødeindhold løfter aldrig en skrivebeskyttet administrator over skrivebeskyttet
      Givet tabellen "Webex-webstedsadministratorroller"
      Og en administrator med tilknytningen "Kundeorganisation" og rollen "Webex-administrator med skrivebeskyttede rettigheder"
      Og administratoren har også rollen "Administrator af mødeindhold"
      Så skal adgangen til rettigheden "Brugeradministration" være "Skrivebeskyttet" med omfanget "-"
      Og adgangen til rettigheden "Optagelser og transskriptioner" skal være "Fuld adgang" med omfanget "Kun for tildelte Webex-websteder"

  Regel: R18 — Rollen med adgang til API'et for detaljeret opkaldshistorik i Webex Calling
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:98: “bu Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi
    rolü, kullanıcının Webex Calling Ayrıntılı Çağrı Geçmişi raporları için veri toplayan REST API
    erişmesine olanak tanır. Bkz. Webex Calling Ayrıntılı Çağrı Geçmişi API belgeleri ayrıntılar için.”
    Rollen lader en bruger kalde det REST API, der indsamler data til rapporterne over detaljeret
    opkaldshistorik.
    Afgøres ikke ud fra en anmodning (oplysning): ingen privilegietabel nævner rollen.

  Regel: R19 — Rollen som Webex Events-administrator
    Ingen kilde siger denne regel på dansk; citatet står på kildens sprog.
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:310: “Webex Events yönetici rolü, Webex Events'e (eski
    adıyla Socio) erişime sahiptir ve diğerlerine erişim verebilir.”
    Kilde på tyrkisk 004_56a03cdc9c18ca52.txt:317: “(Bu özel role sahip olmayan yöneticiler, etkin
    olmayan bir düğme görür)”
    Rollen giver adgang til Webex Events og kan give andre adgang; administratorer uden rollen ser en
    deaktiveret knap.
    Afgøres ikke ud fra en anmodning (oplysning): ingen privilegietabel nævner rollen.
