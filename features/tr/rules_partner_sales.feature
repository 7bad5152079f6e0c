# language: tr
Özellik: İş ortağı satış rollerinin kuralları
  Tam satış yöneticisi ve satış yöneticisi rolleri yalnızca iş ortağı kuruluşlarında bulunur; bu
  rolleri tam yöneticiler ve tam satış yöneticileri verir.

  @R46 @enforced
  Senaryo: Müşteri kuruluşunda satış rolleri verilmez
    Diyelim ki "Müşteri Organizasyonu" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Müşteri Organizasyonu" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atıyor
    O zaman değişiklik R46 kuralı gereği reddedilir

  @R46 @enforced
  Senaryo: İş ortağı kuruluşunun tam yöneticisi tam satış yöneticisi rolünü verir
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Tam Satış Yöneticisi" rolünü atıyor
    O zaman değişikliğe R46 kuralı gereği izin verilir

  @R46 @enforced
  Senaryo: Tam satış yöneticisi satış yöneticisi rolünü verir
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam Satış Yöneticisi" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atıyor
    O zaman değişikliğe R46 kuralı gereği izin verilir

  @R46 @enforced
  Senaryo: Satış yöneticisi hiçbir satış rolü vermez
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Satış Yöneticisi" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının hiçbir yönetici rolü yok
    Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atıyor
    O zaman değişiklik R46 kuralı gereği reddedilir

  @R47 @informative
  Senaryo: Sipariş sağlamak satış yöneticisini müşterinin yöneticisi yapar
    Yeni bir müşteri kuruluşu onu tam yönetici, mevcut bir kuruluş ise sağlama yöneticisi yapar.

    O zaman RoleTCK bunu denetlemez, çünkü "sipariş sağlamak bir rol atama isteği değildir"

  @R48 @enforced
  Senaryo: Aynı zamanda tam satış yöneticisi olan tam yönetici satış rolünden vazgeçer
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve yöneticinin ayrıca "Tam Satış Yöneticisi" rolü var
    Eğer ki yönetici kendinden "Tam Satış Yöneticisi" rolünü kaldırıyor
    O zaman değişikliğe R48 kuralı gereği izin verilir

  @R48 @enforced
  Senaryo: Tam yönetici olmayan tam satış yöneticisi satış rolünü korur
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam Satış Yöneticisi" rolü var
    Eğer ki yönetici kendinden "Tam Satış Yöneticisi" rolünü kaldırıyor
    O zaman değişiklik R48 kuralı gereği reddedilir

  @R48 @enforced
  Senaryo: Tam yönetici aynı zamanda satış yöneticisi olabilir
    Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam yönetici" rolü var
    Ve "Ortak Kuruluş" kaynaklı bir kullanıcının "Tam yönetici" rolü var
    Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atıyor
    O zaman değişikliğe R46 kuralı gereği izin verilir

  @R49 @enforced
  Senaryo: Satış yöneticisi kendisine atanan müşterileri yönetir
    Diyelim ki "Tam satış yöneticisi ve satış yöneticisi rolleri" tablosu inceleniyor
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Satış Yöneticisi" rolü var
    O zaman "Müşteri kuruluşu yönetimi" için erişimi "Tam erişim", kapsamı "Yalnızca atanan müşteriler"

  @R49 @enforced
  Senaryo: Tam satış yöneticisi tüm müşterileri yönetir
    Diyelim ki "Tam satış yöneticisi ve satış yöneticisi rolleri" tablosu inceleniyor
    Ve "Ortak Kuruluş" kaynaklı bir yöneticinin "Tam Satış Yöneticisi" rolü var
    O zaman "Müşteri kuruluşu yönetimi" için erişimi "Tam erişim", kapsamı "Ortak kuruluşun yönettiği tüm müşteriler"
