# language: tr
Özellik: Kuruluş rollerinin kuralları
  Bir müşteri kuruluşunun yöneticileri rollerini nasıl alır ve kuruluş rolleri tablosunun
  etrafındaki metin tablonun ötesinde ne söyler.

  @R01 @enforced
  Senaryo: Tam yönetici kuruluştaki herhangi bir kullanıcıya herhangi bir rol atayabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R01 @enforced
  Senaryo: Harici tam yönetici de kuruluşun kullanıcılarına rol atayabilir
    Diyelim ki "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Cihaz yöneticisi" rolünü atıyor
    O zaman değişikliğe R01 kuralı gereği izin verilir

  @R01 @enforced
  Senaryo: Cihaz yöneticisi rol atayamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Cihaz yöneticisi" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atıyor
    O zaman değişiklik R01 kuralı gereği reddedilir

  @R02 @enforced
  Senaryo: Kuruluşa eklenen kullanıcı yönetici ayrıcalığı olmadan başlar
    Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir kişinin hiçbir yönetici rolü yok
    O zaman "Cihaz yönetimi" için erişimi "Yok"
    Ve "Analitik ve raporlar" için erişimi "Yok"

  @R02 @enforced
  Senaryo: Yönetici rolü olmayan kullanıcı rol atamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir kişinin hiçbir yönetici rolü yok
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atıyor
    O zaman değişiklik R02 kuralı gereği reddedilir

  @R03 @advisory
  Senaryo: Birden fazla tam yönetici bulundurun
    Bir kuruluşun her zaman birden fazla tam yöneticisi olmalıdır; böylece yöneticilerden biri
    yokken de yönetim değişiklikleri yapılabilir.

    O zaman RoleTCK bunu denetlemez, çünkü "bu, tek bir istek hakkında karar değil, yönetici listesinin tamamına ilişkin bir tavsiyedir"

  @R04 @informative
  Senaryo: Müşteri yöneticisi türleri
    Müşteri yöneticileri tam, destek, kullanıcı ve cihaz, cihaz ve salt okunur yöneticiler ile uyum
    görevlileridir. Uyum görevlisi yasal amaçlarla kullanıcı içeriğine erişir; destek yöneticisi
    toplantı analitiğini ve sorun giderme bilgilerini görür.

    O zaman RoleTCK bunu denetlemez, çünkü "rolleri tanımlar; her birinin ne yapabileceğini kuruluş rolleri tablosu söyler"

  @R05 @informative
  Senaryo: Kuruluş rolleri tablosu yalnızca kuruluş çapındaki rolleri listeler
    Webex site yöneticisi rolleri ve iletişim merkezi rolleri gibi hizmet rolleri kendi tablolarında
    anlatılır.

    O zaman RoleTCK bunu denetlemez, çünkü "kaynak tabloların nasıl düzenlendiğini anlatır"

  @R06 @informative
  Senaryo: Bir kullanıcının kuruluş rolünü değiştirmek hizmet rollerini etkileyebilir
    Zaten bir hizmet rolü olan bir kullanıcının kuruluş rolünü değiştirdikten sonra hizmet rollerini
    gözden geçirin.

    O zaman RoleTCK bunu denetlemez, çünkü "bir değişiklikten sonra rolleri elle gözden geçirme tavsiyesidir"

  @R07 @informative
  Senaryo: Bir kullanıcının yönetici rolleri virgülle ayrılmış bir liste veya "Yok" olarak gösterilir
    O zaman RoleTCK bunu denetlemez, çünkü "Control Hub'ın rolleri nasıl gösterdiğiyle ilgilidir"

  @R08 @informative
  Senaryo: İş ortağı rolleri müşteri kuruluşunun içinden atar
    İş ortağı önce müşteri kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfasında rolleri
    atar.

    O zaman RoleTCK bunu denetlemez, çünkü "rollerin Control Hub'ın neresinde atandığını anlatır"

  @R09 @enforced
  Senaryo: Gelişmiş sorun giderme erişimi tam yöneticilerin devam eden toplantılara katılmasını sağlar
    Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve yöneticinin ayrıca "Gelişmiş Sorun Giderme Erişimi" rolü var
    O zaman "Devam eden toplantılara katılma erişimi" için erişimi "Tam erişim"
    Ve "Canlı toplantılara erişim" için erişimi "Tam erişim"

  @R09 @enforced
  Senaryo: Gelişmiş sorun giderme erişimi salt okunur yöneticiye canlı toplantı sayfasını açar ama hiçbir toplantıyı açmaz
    Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
    Ve "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Salt okunur yönetici" rolü var
    Ve yöneticinin ayrıca "Gelişmiş Sorun Giderme Erişimi" rolü var
    O zaman "Canlı toplantılara erişim" için erişimi "Tam erişim"
    Ve "Devam eden toplantılara katılma erişimi" için erişimi "Yok"

  @R10 @enforced
  Senaryo: Tam yönetici kendine gelişmiş sorun giderme erişimi atayamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Eğer ki yönetici kendine "Gelişmiş Sorun Giderme Erişimi" rolünü atıyor
    O zaman değişiklik R10 kuralı gereği reddedilir

  @R10 @enforced
  Senaryo: Başka bir tam yönetici bu erişimi ona atar
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "Tam yönetici" rolü var
    Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atıyor
    O zaman değişikliğe R10 kuralı gereği izin verilir

  @R10 @enforced
  Senaryo: Destek yöneticisinin gelişmiş sorun giderme erişimi olabilir
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "Destek yöneticisi" rolü var
    Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atıyor
    O zaman değişikliğe R10 kuralı gereği izin verilir

  @R10 @enforced
  Senaryo: Cihaz yöneticisinin gelişmiş sorun giderme erişimi olamaz
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının "Cihaz yöneticisi" rolü var
    Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atıyor
    O zaman değişiklik R10 kuralı gereği reddedilir

  @R50 @informative
  Senaryo: Yönetici listesi CSV dosyası olarak dışa aktarılabilir
    Yöneticilerin tam veya filtrelenmiş listesi dışa aktarılabilir; dosya her yöneticiyi kullanıcı
    kimliği veya e-postası ve yönetici rolleriyle birlikte verir.

    O zaman RoleTCK bunu denetlemez, çünkü "bir karar değil, bir listenin dışa aktarılmasıyla ilgilidir"

  @R51 @informative
  Senaryo: Kullanıcılar yönetici rolüne göre filtrelenebilir
    O zaman RoleTCK bunu denetlemez, çünkü "Control Hub'ın kullanıcıları nasıl listelediğiyle ilgilidir"
