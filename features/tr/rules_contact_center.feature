# language: tr
Özellik: İletişim merkezi rollerinin kuralları
  İletişim Merkezi Hizmet Yöneticisi rolüne kimlerin sahip olabileceği ve bu rolü kimlerin
  verebileceği, iletişim merkezi rollerinin de ayrıcalık tablosunun ötesinde neler yapabileceği.

  Kural: R20 — İletişim Merkezi Hizmet Yöneticisi rolü harici yöneticilere ve müşteri kullanıcılarına verilebilir
    Kaynak 004_56a03cdc9c18ca52.txt:258: “Bu rol, harici yöneticilere ve müşteri organizasyonu içindeki
    kullanıcılara atanabilir.”

    @R20 @enforced
    Senaryo: Hizmet yöneticisi rolü müşteri kuruluşunun bir kullanıcısına verilebilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R20 kuralı gereği değişikliğe izin verilmeli

    @R20 @enforced
    Senaryo: Hizmet yöneticisi rolü harici bir yöneticiye verilebilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R20 kuralı gereği değişikliğe izin verilmeli

    @R20 @R25 @enforced
    Senaryo: Hizmet yöneticisi rolü iş ortağı kuruluşunun kullanıcısına verilmez
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R25 kuralı gereği değişiklik reddedilmeli

  Kural: R21 — Bir iletişim merkezi yöneticisi müşteriye, yöneten iş ortağına veya başka herhangi bir kuruluşa ait olabilir
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 000_b753c62a2268bcd7.txt:1: “Administrator Webex Contact Center może należeć do
    organizacji klienta, organizacji partnerskiej, która zarządza subskrypcją, lub dowolnej innej
    organizacji.”
    Danca kaynak 001_c4461c6f41d4b583.txt:10: “En Webex Contact Center-administrator kan tilhøre en
    kundeorganisation, en partnerorganisation, der administrerer dit abonnement eller enhver anden
    organisation.”
    Tek bir istekten karar verilemez (bilgi): iletişim merkezi tabloları her ilişkiyi zaten belirtir.

  Kural: R22 — Yalnızca iletişim merkezi standart lisansı olan tam yönetici yalnızca Agent Desktop kullanır
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 000_b753c62a2268bcd7.txt:88: “W przypadku przydzielenia użytkownikowi pełnej roli z
    Webex licencją programu Contact Center nie będzie można uzyskać dostępu do funkcji administracyjnych
    w portalu zarządzania. Tacy użytkownicy mogą się logować tylko w Agent Desktop.”
    Danca kaynak 001_c4461c6f41d4b583.txt:116: “Hvis du tildeler en fuld administratorrolle til en
    bruger med en standardlicens til Webex kontaktcenter, er administrative funktioner på Management
    Portal ikke tilgængelige for den pågældende bruger. Sådanne brugere kan kun logge ind på Agent
    Desktop.”
    Kitin kararı (RULINGS §4.4): standart Contact Center lisansıyla, müşteri kuruluşunun bir üyesinin
    tam yönetici rolü Contact Center erişimi vermez; diğer roller kendi erişimlerini korur.

    @R22 @enforced
    Senaryo: İletişim merkezi standart lisansı olan tam yönetici yalnızca Agent Desktop'a erişir
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve yöneticinin Webex Contact Center standart lisansı var
      O zaman "Tüm iletişim merkezi özelliklerini yönetme" yetkisi için erişim düzeyi "Erişim yok" olmalı
      Ve "Çalışma saatlerini yönetme" yetkisi için erişim düzeyi "Erişim yok" olmalı

    @R22 @enforced
    Senaryo: Standart lisans yöneticinin diğer rollerinden hiçbir şey almaz
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve yöneticinin ayrıca "Süpervizör" rolü var
      Ve yöneticinin Webex Contact Center standart lisansı var
      O zaman "Çalışma saatlerini yönetme" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Etkinleştirme e-postası gönderme" yetkisi için erişim düzeyi "Erişim yok" olmalı

  Kural: R23 — Bir kullanıcı İletişim Merkezi Hizmet Yöneticisi, tam yönetici ve salt okunur yönetici rollerinden en fazla birine sahiptir
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:123: “Du kan kun tildele en bruger med én af disse roller:
    Administrator af kontaktcentertjeneste, fuld administrator eller skrivebeskyttet administrator.”
    Kitin kararı (RULINGS §4.5): kit bu cümleyi münhasırlık olarak okur: bir kullanıcı üç rolden en
    fazla birine sahip olur.

    @R23 @enforced
    Senaryo: Tam yönetici aynı zamanda hizmet yöneticisi olamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "Tam yönetici" rolü var
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R23 kuralı gereği değişiklik reddedilmeli

    @R23 @enforced
    Senaryo: Hizmet yöneticisi aynı zamanda salt okunur yönetici olamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R23 kuralı gereği değişiklik reddedilmeli

    @R23 @enforced
    Senaryo: Destek yöneticisi aynı zamanda hizmet yöneticisi olabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "Destek yöneticisi" rolü var
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R23 kuralı gereği değişikliğe izin verilmeli

  Kural: R24 — İletişim merkezi etkin olan harici bir kuruluştan İletişim Merkezi Hizmet Yöneticisi atanamaz
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:140: “Webex Contact Center understøtter ikke tilføjelse af en
    administrator af kontaktcentertjenesten fra en ekstern organisation, hvis kontaktcentertjenesten
    også er aktiveret for den eksterne organisation.”
    Kitin kararı (RULINGS §4.3): harici bir yönetici, İletişim Merkezi Hizmet Yöneticisi rolünü hiçbir
    zaman harici bir kuruluşun kullanıcısına atamaz.

    @R24 @enforced
    Senaryo: Kendisinde iletişim merkezi etkin olan harici bir kuruluştan hizmet yöneticisi olmaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının ana kuruluşunda Contact Center etkin
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R24 kuralı gereği değişiklik reddedilmeli

    @R24 @enforced
    Senaryo: İletişim merkezi olmayan harici bir kuruluştan hizmet yöneticisi
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman değişikliğe izin verilmeli

  Kural: R25 — Sağlama yapan ortak kuruluştan harici bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolü verilemez
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:142: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en ekstern bruger fra en klargøringspartnerorganisation.”
    Danca kaynak 001_c4461c6f41d4b583.txt:284: “• Tildele rollen som administrator af
    kontaktcentertjeneste til en ekstern bruger, der er fra en klargøringspartnerorganisation.”
    Kitin kararı (RULINGS §4.3): harici bir yönetici, İletişim Merkezi Hizmet Yöneticisi rolünü hiçbir
    zaman harici bir kuruluşun kullanıcısına atamaz.

    @R25 @enforced
    Senaryo: Sağlama yapan iş ortağı kuruluşunun kullanıcısına hizmet yöneticisi rolü verilmez
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R25 kuralı gereği değişiklik reddedilmeli

    @R25 @enforced
    Senaryo: Başka herhangi bir kuruluşun kullanıcısı hizmet yöneticisi olabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman değişikliğe izin verilmeli

  Kural: R26 — Harici İletişim Merkezi Hizmet Yöneticisi rolü yalnızca müşteri kullanıcılarına atar
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:161: “Tildel rollen Administrator af kontaktcentertjeneste til
    en bruger fra kundeorganisationen.”
    Danca kaynak 001_c4461c6f41d4b583.txt:166: “Du kan ikke tildele rollen Administrator af
    kontaktcentertjeneste til en anden ekstern bruger. Du kan kun tildele rollen til en bruger fra
    kundeorganisationen.”
    Kitin kararı (RULINGS §4.3): harici bir yönetici, İletişim Merkezi Hizmet Yöneticisi rolünü hiçbir
    zaman harici bir kuruluşun kullanıcısına atamaz.

    @R26 @enforced
    Senaryo: Harici hizmet yöneticisi rolü müşteri kuruluşunun kullanıcısına verir
      Diyelim ki kuruluş ilişkisi "Başka bir kuruluş" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman değişikliğe izin verilmeli

    @R26 @enforced
    Senaryo: Harici hizmet yöneticisi başka bir harici hizmet yöneticisi eklemez
      Diyelim ki kuruluş ilişkisi "Başka bir kuruluş" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R26 kuralı gereği değişiklik reddedilmeli

  Kural: R27 — İletişim Merkezi Hizmet Yöneticisi kullanıcı ekleyemez veya kaldıramaz
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:219: “Som tjenesteadministratoren kan du få vist
    organisationens brugere. Du kan ikke tilføje, slette, aktivere eller deaktivere brugere fra
    organisationen.”
    Danca kaynak 001_c4461c6f41d4b583.txt:222: “Du kan kun tildele eller fjerne tildeling af
    administratorrollen for kontaktcentertjeneste for en bruger.”

    @R27 @enforced
    Senaryo: Hizmet yöneticisi hizmet yöneticisi rolünü verir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atarsa
      O zaman R27 kuralı gereği değişikliğe izin verilmeli

    @R27 @enforced
    Senaryo: Hizmet yöneticisi başka hiçbir rol vermez
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atarsa
      O zaman R27 kuralı gereği değişiklik reddedilmeli

    @R27 @enforced
    Senaryo: Hizmet yöneticisi kullanıcı eklemez ve kaldırmaz
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      O zaman "Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma" yetkisi için erişim düzeyi "Erişim yok" olmalı
      Ve "Etkinleştirme e-postası gönderme" yetkisi için erişim düzeyi "Tam erişim" olmalı

  Kural: R28 — İletişim Merkezi Hizmet Yöneticisi Hizmet Kurulum Sihirbazını kullanamaz
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:180: “Som administrator af kontaktcentertjenesten kan du ikke
    få adgang til guiden Opsætning af tjenester.”
    Danca kaynak 001_c4461c6f41d4b583.txt:192: “Når en fuldgyldig administrator har fuldført guiden
    Opsætning af tjenester, kan du konfigurere Webex kontaktcenter.”
    İletişim merkezi, bir tam yönetici sihirbazı tamamladıktan sonra kurulabilir.
    Tek bir istekten karar verilemez (bilgi): sihirbaz ayrıcalık tablolarındaki bir yetki değildir.

  Kural: R29 — İletişim Merkezi Hizmet Yöneticisi yalnızca diğer hizmet yöneticilerini görür
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:254: “Som administrator af kontaktcentertjenesten kan du kun
    få vist andre administratorbrugere af kontaktcentertjenesten. Du kan ikke få vist administratorer
    med fulde rettigheder eller administratorer af andre tjenester i organisationen.”
    Danca kaynak 001_c4461c6f41d4b583.txt:286: “• Vise eksterne administratorer med andre roller end
    administratoren af kontaktcentertjenesten.”

    @R29 @enforced
    Senaryo: Hizmet yöneticisi yalnızca diğer hizmet yöneticilerini görür
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      O zaman "Diğer harici yöneticilerin listesini görüntüleme" yetkisi için erişim düzeyi "Yalnızca diğer hizmet yöneticileri" kapsamıyla "Tam erişim" olmalı

    @R29 @enforced
    Senaryo: Tam yönetici tüm harici yöneticileri görür
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      O zaman "Diğer harici yöneticilerin listesini görüntüleme" yetkisi için erişim düzeyi "-" kapsamıyla "Tam erişim" olmalı

  Kural: R30 — Harici İletişim Merkezi Hizmet Yöneticisinin yapabilecekleri
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:274: “Hvis du er ekstern administrator med rollen
    Administrator af kontaktcentertjeneste, kan du udføre følgende opgaver:”
    Danca kaynak 001_c4461c6f41d4b583.txt:276: “• Få vist og opdatere rollen Administrator af
    kontaktcentertjeneste for en bruger i kundeorganisationen.”

    @R30 @enforced
    Senaryo: Harici hizmet yöneticisi müşteri kullanıcılarının lisanslarını ve rolünü yönetir
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      O zaman "Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma" yetkisi için erişim düzeyi "Erişim yok" olmalı

    @R30 @enforced
    Senaryo: Harici hizmet yöneticisi rolü yalnızca müşteri kullanıcılarına verir
      Diyelim ki "Bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama" tablosu inceleniyor
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
      O zaman "Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama" yetkisi için erişim düzeyi "Erişim yok" olmalı

  Kural: R31 — İletişim merkezi CSV şablonu sütunları
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:240: “I skabelonen CSV kan du kun angive standardkolonnerne
    Webex Contact Center premium og Webex Contact Center til Sandt eller Falsk .”
    Tek bir istekten karar verilemez (bilgi): bir karar değil, bir dosya şablonuyla ilgilidir.

  Kural: R32 — Süpervizör yalnızca çalışma saatlerini yönetir; erişim kullanıcı profillerine bağlıdır
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:100: “Har begrænset adgang til Control Hub, kun til
    åbningstiden. En supervisor kan administrere alle aktiviteter, der er relateret til virksomhedens
    åbningstider, f.eks.:”
    Danca kaynak 001_c4461c6f41d4b583.txt:109: “Supervisorens adgang til åbningstid styres udelukkende
    af brugerprofiler.”

    @R32 @enforced
    Senaryo: Süpervizör yalnızca çalışma saatlerini yönetir
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Süpervizör" rolü var
      O zaman "Çalışma saatlerini yönetme" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Tüm iletişim merkezi özelliklerini yönetme" yetkisi için erişim düzeyi "Erişim yok" olmalı

    @R32 @enforced
    Senaryo: Müşteri kuruluşunun dışından süpervizör olmaz
      Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Süpervizör" rolü var
      O zaman "Çalışma saatlerini yönetme" yetkisi için erişim düzeyi "Uygulanamaz" olmalı

  Kural: R52 — İletişim Merkezi Hizmet Yöneticisinin Control Hub'da yapabileceği diğer işler
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Danca kaynak 001_c4461c6f41d4b583.txt:174: “• Udføre kontaktcenterspecifikke
    administrationsaktiviteter på Control Hub som forklaret i de følgende afsnit.”
    Danca kaynak 001_c4461c6f41d4b583.txt:176: “• Få adgang til alle funktioner under fanen
    Kontaktcentertjenester på Control Hub og på Management Portal.”
    Hizmet yöneticisi İletişim Merkezi hizmetleri sekmesinin ve Management Portal'ın tüm özelliklerini
    kullanabilir, etkinleştirme e-postasını yeniden gönderebilir, kuruluşun aboneliklerini, lisans
    kullanımını ve Webex hizmetlerinin durumunu görebilir.
    Tek bir istekten karar verilemez (bilgi): bu sayfalar ayrıcalık tablolarındaki yetkiler değildir.
