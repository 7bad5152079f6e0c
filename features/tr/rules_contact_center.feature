# language: tr
Özellik: İletişim merkezi rollerinin kuralları
  İletişim Merkezi Hizmet Yöneticisi rolüne kimlerin sahip olabileceği ve bu rolü kimlerin
  verebileceği, iletişim merkezi rollerinin de ayrıcalık tablosunun ötesinde neler yapabileceği.

  @R20 @enforced
  Senaryo: Hizmet yöneticisi rolü müşteri kuruluşunun bir kullanıcısına verilebilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R20 kuralı gereği izin verilir

  @R20 @enforced
  Senaryo: Hizmet yöneticisi rolü harici bir yöneticiye verilebilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R20 kuralı gereği izin verilir

  @R20 @enforced
  Senaryo: Hizmet yöneticisi rolü iş ortağı kuruluşunun kullanıcısına verilmez
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişiklik R25 kuralı gereği reddedilir

  @R21 @informative
  Senaryo: Bir iletişim merkezi yöneticisi müşteriden, yöneten iş ortağından veya başka herhangi bir kuruluştan gelebilir
    O zaman RoleTCK bunu denetlemez, çünkü "iletişim merkezi tabloları her ilişkiyi zaten belirtir"

  @R22 @enforced
  Senaryo: İletişim merkezi standart lisansı olan tam yönetici yalnızca Agent Desktop'a erişir
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve yöneticinin Webex Contact Center standart lisansı var
    O zaman "Tüm iletişim merkezi özelliklerini yönetme" için erişimi "Yok"
    Ve "Çalışma saatlerini yönetme" için erişimi "Yok"

  @R22 @enforced
  Senaryo: Standart lisans yöneticinin diğer rollerinden hiçbir şey almaz
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve yöneticinin ayrıca "Süpervizör" rolü var
    Ve yöneticinin Webex Contact Center standart lisansı var
    O zaman "Çalışma saatlerini yönetme" için erişimi "Tam erişim"
    Ve "Etkinleştirme e-postası gönderme" için erişimi "Yok"

  @R23 @enforced
  Senaryo: Tam yönetici aynı zamanda hizmet yöneticisi olamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "Tam yönetici" rolü var
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişiklik R23 kuralı gereği reddedilir

  @R23 @enforced
  Senaryo: Hizmet yöneticisi aynı zamanda salt okunur yönetici olamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişiklik R23 kuralı gereği reddedilir

  @R23 @enforced
  Senaryo: Destek yöneticisi aynı zamanda hizmet yöneticisi olabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "Destek yöneticisi" rolü var
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R20 kuralı gereği izin verilir

  @R24 @enforced
  Senaryo: Kendisinde iletişim merkezi etkin olan harici bir kuruluştan hizmet yöneticisi olmaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının ana kuruluşunda Contact Center etkin
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişiklik R24 kuralı gereği reddedilir

  @R24 @enforced
  Senaryo: İletişim merkezi olmayan harici bir kuruluştan hizmet yöneticisi
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R20 kuralı gereği izin verilir

  @R25 @enforced
  Senaryo: Sağlama yapan iş ortağı kuruluşunun kullanıcısına hizmet yöneticisi rolü verilmez
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişiklik R25 kuralı gereği reddedilir

  @R25 @enforced
  Senaryo: Başka herhangi bir kuruluşun kullanıcısı hizmet yöneticisi olabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R27 kuralı gereği izin verilir

  @R26 @enforced
  Senaryo: Harici hizmet yöneticisi rolü müşteri kuruluşunun kullanıcısına verir
    Diyelim ki "Diğer Kuruluşlar" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R27 kuralı gereği izin verilir

  @R26 @enforced
  Senaryo: Harici hizmet yöneticisi başka bir harici hizmet yöneticisi eklemez
    Diyelim ki "Diğer Kuruluşlar" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişiklik R26 kuralı gereği reddedilir

  @R27 @enforced
  Senaryo: Hizmet yöneticisi hizmet yöneticisi rolünü verir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "İletişim Merkezi Hizmet Yöneticisi" rolünü atıyor
    O zaman değişikliğe R27 kuralı gereği izin verilir

  @R27 @enforced
  Senaryo: Hizmet yöneticisi başka hiçbir rol vermez
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atıyor
    O zaman değişiklik R27 kuralı gereği reddedilir

  @R27 @enforced
  Senaryo: Hizmet yöneticisi kullanıcı eklemez ve kaldırmaz
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın" için erişimi "Yok"
    Ve "Etkinleştirme e-postası gönderme" için erişimi "Tam erişim"

  @R28 @informative
  Senaryo: Hizmet yöneticisi Hizmet Kurulum Sihirbazını kullanamaz
    İletişim merkezi, bir tam yönetici sihirbazı tamamladıktan sonra kurulabilir.

    O zaman RoleTCK bunu denetlemez, çünkü "sihirbaz ayrıcalık tablolarındaki bir yetki değildir"

  @R29 @enforced
  Senaryo: Hizmet yöneticisi yalnızca diğer hizmet yöneticilerini görür
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "Diğer harici yöneticilerin listesini görüntüleme" için erişimi "Tam erişim", kapsamı "Yalnızca diğer hizmet yöneticileri"

  @R29 @enforced
  Senaryo: Tam yönetici tüm harici yöneticileri görür
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    O zaman "Diğer harici yöneticilerin listesini görüntüleme" için erişimi "Tam erişim", kapsamı "-"

  @R30 @enforced
  Senaryo: Harici hizmet yöneticisi müşteri kullanıcılarının lisanslarını ve rolünü yönetir
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Diğer Kuruluşlar" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın" için erişimi "Tam erişim"
    Ve "İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin" için erişimi "Yok"

  @R30 @enforced
  Senaryo: Harici hizmet yöneticisi rolü yalnızca müşteri kullanıcılarına verir
    Diyelim ki "Bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama" tablosu inceleniyor
    Ve "Diğer Kuruluşlar" kaynaklı bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama" için erişimi "Tam erişim"
    Ve "Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama" için erişimi "Yok"

  @R31 @informative
  Senaryo: CSV şablonunda yalnızca iletişim merkezi lisans sütunları ayarlanabilir
    O zaman RoleTCK bunu denetlemez, çünkü "bir karar değil, bir dosya şablonuyla ilgilidir"

  @R32 @enforced
  Senaryo: Süpervizör yalnızca çalışma saatlerini yönetir
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Süpervizör" rolü var
    O zaman "Çalışma saatlerini yönetme" için erişimi "Tam erişim"
    Ve "Tüm iletişim merkezi özelliklerini yönetme" için erişimi "Yok"

  @R32 @enforced
  Senaryo: Müşteri kuruluşunun dışından süpervizör olmaz
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Süpervizör" rolü var
    O zaman "Çalışma saatlerini yönetme" için erişimi "Uygulanamaz"

  @R52 @informative
  Senaryo: Hizmet yöneticisinin Control Hub'da yaptığı diğer işler
    Hizmet yöneticisi İletişim Merkezi hizmetleri sekmesinin ve Management Portal'ın tüm
    özelliklerini kullanabilir, etkinleştirme e-postasını yeniden gönderebilir, kuruluşun
    aboneliklerini, lisans kullanımını ve Webex hizmetlerinin durumunu görebilir.

    O zaman RoleTCK bunu denetlemez, çünkü "bu sayfalar ayrıcalık tablolarındaki yetkiler değildir"
