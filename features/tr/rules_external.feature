# language: tr
Özellik: Harici yöneticilerin kuralları
  Bir müşteri kuruluşunda kimin hangi rollerle harici yönetici olabileceği ve bu rolleri kimin
  değiştirebileceği.

  @R33 @informative
  Senaryo: Harici yöneticiler ve üç türü
    Kuruluşun dışından herkes harici yönetici olarak eklenebilir; iş ortağı kuruluşunun yöneticileri
    de harici yöneticidir. Tam, salt okunur veya sağlama yöneticisi olurlar; sağlama yöneticileri
    bir iş ortağı Webex siparişlerini sağladığında eklenir.

    O zaman RoleTCK bunu denetlemez, çünkü "harici yönetici rolleri tablosu her türün neler yapabileceğini söyler"

  @R34 @informative
  Senaryo: Harici yöneticiler kendi sekmelerinde listelenir
    O zaman RoleTCK bunu denetlemez, çünkü "Control Hub'ın yöneticileri nasıl listelediğiyle ilgilidir"

  @R35 @informative
  Senaryo: Destek personelinin salt okunur erişimi kendiliğinden sona erer
    Kuruluşa erişen destek personeli genellikle salt okunur yönetici rolüne sahiptir ve bu rol bir
    süre sonra otomatik olarak iptal edilir.

    O zaman RoleTCK bunu denetlemez, çünkü "bir istek zaman bilgisi taşımaz"

  @R36 @enforced
  Senaryo: Harici yönetici başka bir harici yönetici ekleyemez
    Diyelim ki "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişiklik R36 kuralı gereği reddedilir

  @R36 @enforced
  Senaryo: Müşteri kuruluşunun tam yöneticisi harici yöneticiyi ekler
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R36 @enforced
  Senaryo: Hiçbir harici yönetici harici yönetici ekleyemez
    Diyelim ki "Harici yönetici rolleri" tablosu inceleniyor
    Ve "Diğer Kuruluşlar" kaynaklı bir yöneticinin "Harici Tam Yönetici" rolü var
    O zaman "Harici Yöneticiler Ekle" için erişimi "Yok"

  @R37 @enforced
  Senaryo: Hizmetleri satan iş ortağı sağlama erişimini geri alır
    Diyelim ki "Ortak Kuruluş" kaynaklı bir yöneticinin "Salt okunur yönetici" rolü var
    Ve yöneticinin kuruluşunun müşteriyle aktif bir satış ilişkisi var
    Eğer ki yönetici kendine "Sağlama Yöneticisi" rolünü atıyor
    O zaman değişikliğe R37 kuralı gereği izin verilir

  @R37 @enforced
  Senaryo: Aktif bir satış ilişkisi olmadan iş ortağı erişimi geri alamaz
    Diyelim ki "Ortak Kuruluş" kaynaklı bir yöneticinin "Salt okunur yönetici" rolü var
    Eğer ki yönetici kendine "Sağlama Yöneticisi" rolünü atıyor
    O zaman değişiklik R37 kuralı gereği reddedilir

  @R37 @enforced
  Senaryo: İş ortağı kendini tam yönetici yapamaz
    Diyelim ki "Ortak Kuruluş" kaynaklı bir yöneticinin "Sağlama Yöneticisi" rolü var
    Ve yöneticinin kuruluşunun müşteriyle aktif bir satış ilişkisi var
    Eğer ki yönetici kendine "Tam yönetici" rolünü atıyor
    O zaman değişiklik R37 kuralı gereği reddedilir

  @R38 @enforced
  Senaryo: Müşteri kuruluşunun tam yöneticisi bir iş ortağı yöneticisinin rolünü kaldırır
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının "Sağlama Yöneticisi" rolü var
    Eğer ki yönetici kullanıcıdan "Sağlama Yöneticisi" rolünü kaldırıyor
    O zaman değişikliğe R38 kuralı gereği izin verilir

  @R38 @enforced
  Senaryo: Müşteri kuruluşunun salt okunur yöneticisi iş ortağı yöneticisinin hiçbir rolünü kaldıramaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Salt okunur yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının "Sağlama Yöneticisi" rolü var
    Eğer ki yönetici kullanıcıdan "Sağlama Yöneticisi" rolünü kaldırıyor
    O zaman değişiklik R01 kuralı gereği reddedilir

  @R39 @informative
  Senaryo: Çoklu oturum açma çalışmadığında giriş yolu olarak harici yöneticiler
    O zaman RoleTCK bunu denetlemez, çünkü "harici yönetici eklemenin nedenine ilişkin bir tavsiyedir"

  @R40 @informative
  Senaryo: Harici tam yönetici toplantı sitelerine erişmeden önce bir kez oturum açar
    O zaman RoleTCK bunu denetlemez, çünkü "bir istek, birinin oturum açıp açmadığını söylemez"

  @R41 @enforced
  Senaryo: Tüketici kuruluşunun kullanıcısı harici yönetici olamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının ana kuruluşu tüketici kuruluşu
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişiklik R41 kuralı gereği reddedilir

  @R41 @enforced
  Senaryo: Ücretsiz kendi kendine kaydolunan bir kuruluşun kullanıcısı harici yönetici olabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Ve kullanıcının ana kuruluşu ücretsiz kendi kendine kaydolunan bir kuruluş
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R42 @enforced
  Senaryo: İş ortağı kuruluşunun kullanıcısı tam yönetici veya sağlama yöneticisi olur
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Sağlama Yöneticisi" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R42 @enforced
  Senaryo: İş ortağı kuruluşunun kullanıcısı salt okunur yönetici olmaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişiklik R42 kuralı gereği reddedilir

  @R42 @enforced
  Senaryo: Başka herhangi bir kuruluşun kullanıcısı sağlama yöneticisi olmaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Sağlama Yöneticisi" rolünü atıyor
    O zaman değişiklik R42 kuralı gereği reddedilir

  @R42 @enforced
  Senaryo: Başka herhangi bir kuruluşun kullanıcısı destek yöneticisi olmaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atıyor
    O zaman değişiklik R42 kuralı gereği reddedilir

  @R43 @enforced
  Senaryo: Tam yönetici harici salt okunur yöneticiyi tam yöneticiliğe yükseltir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının "Salt okunur yönetici" rolü var
    Eğer ki yönetici kullanıcıya "Tam yönetici" rolünü atıyor
    O zaman değişikliğe R43 kuralı gereği izin verilir

  @R43 @enforced
  Senaryo: Tam yönetici harici tam yöneticiyi salt okunur yöneticiliğe indirir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının "Tam yönetici" rolü var
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişikliğe R43 kuralı gereği izin verilir

  @R43 @enforced
  Senaryo: Salt okunur yönetici kimseyi yükseltemez
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Salt okunur yönetici" rolü var
    Ve "Diğer Kuruluşlar" kaynaklı bir kullanıcının "Salt okunur yönetici" rolü var
    Eğer ki yönetici kullanıcıya "Tam yönetici" rolünü atıyor
    O zaman değişiklik R01 kuralı gereği reddedilir

  @R44 @informative
  Senaryo: Tüm yönetici ayrıcalıklarının iptali yöneticinin kayıtlarını siler
    Yöneticinin geri gelmesi için yeniden eklenmesi gerekir.

    O zaman RoleTCK bunu denetlemez, çünkü "kayıtlar rol kararının bir parçası değildir"

  @R45 @informative
  Senaryo: Görevlerini belirlemek için harici yöneticilere tam, salt okunur veya sağlama rolleri verin
    O zaman RoleTCK bunu denetlemez, çünkü "görevlerin paylaştırılmasına ilişkin bir tavsiyedir"
