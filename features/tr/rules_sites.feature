# language: tr
Özellik: Webex site rollerinin kuralları
  Webex site rolleri site site ve yalnızca Control Hub'ın yönettiği sitelerde atanır; Toplantı
  İçeriği Yöneticisi her zaman aynı zamanda bir site yöneticisidir.

  @R11 @enforced
  Senaryo: Site rolü belirtilen bir site için atanır
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve "alpha" sitesi Control Hub tarafından yönetiliyor
    Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Site Yöneticisi" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R11 @enforced
  Senaryo: Site belirtilmeden atanan site rolü eksik bir istektir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya site belirtmeden "Webex Kullanıcı Yöneticisi" rolünü atıyor
    O zaman istek eksik olduğu için reddedilir

  @R12 @enforced
  Senaryo: Site Yönetimi'nin yönettiği bir sitede site rolleri atanmaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve "beta" sitesi Site Yönetimi tarafından yönetiliyor
    Eğer ki yönetici kullanıcıya "beta" sitesinde "Webex Site Yöneticisi" rolünü atıyor
    O zaman değişiklik R12 kuralı gereği reddedilir

  @R12 @enforced
  Senaryo: Control Hub'ın yönettiği bir sitede site rolleri atanır
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve "alpha" sitesi Control Hub tarafından yönetiliyor
    Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Salt Okunur Yönetici" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R13 @enforced
  Senaryo: Site yöneticisi kendi sitesinde site rolleri atar
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Webex Site Yöneticisi" rolü var
    Ve yöneticinin "alpha" sitesinde "Webex Site Yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Kullanıcı Yöneticisi" rolünü atıyor
    O zaman değişikliğe R13 kuralı gereği izin verilir

  @R13 @enforced
  Senaryo: Site yöneticisi atanmadığı bir sitede rol atamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Webex Site Yöneticisi" rolü var
    Ve yöneticinin "alpha" sitesinde "Webex Site Yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "gamma" sitesinde "Webex Kullanıcı Yöneticisi" rolünü atıyor
    O zaman değişiklik R01 kuralı gereği reddedilir

  @R13 @enforced
  Senaryo: Site yöneticisi yalnızca kendisine atanan sitelere erişir
    Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Webex Site Yöneticisi" rolü var
    O zaman "Site Yapılandırması" için erişimi "Tam erişim", kapsamı "Yalnızca atanan Webex siteleri için"
    Ve "Kullanıcı Yönetimi" için erişimi "Tam erişim", kapsamı "Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez."

  @R14 @informative
  Senaryo: Site ve kullanıcı yöneticileri Meetings ayarlarını yalnızca kendi müşteri kuruluşlarının kullanıcıları için yönetir
    O zaman RoleTCK bunu denetlemez, çünkü "istek, site yöneticisinin hangi müşteri kuruluşlarına atandığını söylemez"

  @R15 @informative
  Senaryo: Site yöneticisi Meetings lisansı kullanmaz ve toplantı sahibi ayrıcalığı yoktur
    Toplantı düzenlemesi gereken site yöneticisine bir toplantı sahibi lisansı atayın.

    O zaman RoleTCK bunu denetlemez, çünkü "lisanslar rol kararının bir parçası değildir"

  @R16 @enforced
  Senaryo: Yıldızla işaretli satırlar yalnızca atanan siteler için geçerlidir
    Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Webex Kullanıcı Yöneticisi" rolü var
    O zaman "Lisanslar" için erişimi "Tam erişim", kapsamı "Yalnızca atanan Webex siteleri için"
    Ve "Rolleri Ata" için erişimi "Salt Okunur", kapsamı "Yalnızca atanan Webex siteleri için"
    Ve "Analizler ve Raporlar" için erişimi "Salt Okunur", kapsamı "-"

  @R17 @enforced
  Senaryo: Salt okunur site yöneticisi aynı sitenin Toplantı İçeriği Yöneticisi yapılabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının "alpha" sitesinde "Webex Salt Okunur Yönetici" rolü var
    Eğer ki yönetici kullanıcıya "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolünü atıyor
    O zaman değişikliğe R17 kuralı gereği izin verilir

  @R17 @enforced
  Senaryo: Sitede site rolü olmayan kullanıcı Toplantı İçeriği Yöneticisi yapılamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının "beta" sitesinde "Webex Site Yöneticisi" rolü var
    Eğer ki yönetici kullanıcıya "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolünü atıyor
    O zaman değişiklik R17 kuralı gereği reddedilir

  @R17 @enforced
  Senaryo: Toplantı İçeriği Yöneticisinin altındaki son site rolü kaldırılamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının "alpha" sitesinde "Webex Site Yöneticisi" rolü var
    Ve kullanıcının "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolü var
    Eğer ki yönetici kullanıcıdan "alpha" sitesinde "Webex Site Yöneticisi" rolünü kaldırıyor
    O zaman değişiklik R17 kuralı gereği reddedilir

  @R17 @enforced
  Senaryo: Toplantı içeriği anahtarı salt okunur yöneticiyi asla salt okunurun üstüne çıkarmaz
    Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Webex Salt Okunur Yönetici" rolü var
    Ve yöneticinin ayrıca "Toplantı İçeriği Yöneticisi" rolü var
    O zaman "Kullanıcı Yönetimi" için erişimi "Salt Okunur", kapsamı "-"
    Ve "Kayıtlar ve transkript" için erişimi "Tam erişim", kapsamı "Yalnızca atanan Webex siteleri için"

  @R18 @informative
  Senaryo: Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi rolü
    Bu rol, kullanıcının ayrıntılı çağrı geçmişi raporlarının verilerini toplayan REST API'yi
    çağırmasını sağlar.

    O zaman RoleTCK bunu denetlemez, çünkü "hiçbir ayrıcalık tablosu bu rolü listelemez"

  @R19 @informative
  Senaryo: Webex Events yönetici rolü
    Bu rol Webex Events'e erişim verir ve başkalarına erişim verebilir; bu role sahip olmayan
    yöneticiler etkin olmayan bir düğme görür.

    O zaman RoleTCK bunu denetlemez, çünkü "hiçbir ayrıcalık tablosu bu rolü listelemez"
