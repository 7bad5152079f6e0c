# language: tr
Özellik: Harici yöneticilerin kuralları
  Bir müşteri kuruluşunda kimin hangi rollerle harici yönetici olabileceği ve bu rolleri kimin
  değiştirebileceği.

  Kural: R33 — Harici yöneticiler: kim oldukları ve üç türü
    Kaynak 004_56a03cdc9c18ca52.txt:319: “Kuruluşunuzun dışından herhangi birini harici yönetici olarak
    ekleyebilirsiniz. Bir ortak kuruluştaki yöneticiler de kuruluşunuzdaki harici yöneticiler olarak
    kabul edilir. Ayrıca harici yönetici ayrıcalıkları yönetebilir ve bunları harici tam yöneticiler,
    harici salt okunur yöneticiler ve yetkilendirme yöneticileri olarak tanımlayabilirsiniz. Bir iş
    ortağı Webex hizmet siparişlerinizi sağladığında sağlama yöneticileri eklenir.”
    Kuruluşun dışından herkes harici yönetici olarak eklenebilir; iş ortağı kuruluşunun yöneticileri de
    harici yöneticidir. Tam, salt okunur veya sağlama yöneticisi olurlar; sağlama yöneticileri bir iş
    ortağı Webex siparişlerini sağladığında eklenir.
    Tek bir istekten karar verilemez (bilgi): harici yönetici rolleri tablosu her türün neler
    yapabileceğini söyler.

  Kural: R34 — Harici yöneticiler Harici Yöneticiler sekmesinde listelenir
    Kaynak 004_56a03cdc9c18ca52.txt:324: “Kuruluşunuzun Denetim Merkezi'ne erişimi olan kuruluşunuzun
    dışından herkes şurada gösterilir: Kullanıcılar Harici Yöneticiler sekmesi altındaki bölüm.”
    Tek bir istekten karar verilemez (bilgi): Control Hub'ın yöneticileri nasıl listelediğiyle
    ilgilidir.

  Kural: R35 — Destek personelinin salt okunur erişimi otomatik olarak iptal edilir
    Kaynak 004_56a03cdc9c18ca52.txt:326: “Kuruluşunuza erişen destek personeli genellikle salt okunur
    yönetici rolüne sahip olacaktır. Salt okunur yönetici erişimi, bir süre sonra otomatik olarak iptal
    edilir. yapabilirsin herhangi birine yönetici erişimi verme veya reddetme .”
    Kuruluşa erişen destek personeli genellikle salt okunur yönetici rolüne sahiptir ve bu rol bir süre
    sonra otomatik olarak iptal edilir.
    Tek bir istekten karar verilemez (bilgi): bir istek zaman bilgisi taşımaz.

  Kural: R36 — Harici yöneticiler harici yönetici ekleyemez
    Kaynak 004_56a03cdc9c18ca52.txt:415: “Harici yöneticiler, kuruluşunuza ek harici yöneticiler
    ekleyemez.”
    Kaynak 004_56a03cdc9c18ca52.txt:419: “Webex hizmetlerinizi ve kullanıcılarınızı korumaya yardımcı
    olmak için kuruluşunuz dışından herhangi birini harici yönetici olarak ekleyebilirsiniz. Harici
    yöneticiler, kuruluşunuza ek harici yöneticiler ekleyemez.”
    Kitin kararı (RULINGS §4.3): harici bir yönetici, İletişim Merkezi Hizmet Yöneticisi rolünü hiçbir
    zaman harici bir kuruluşun kullanıcısına atamaz.

    @R36 @enforced
    Senaryo: Harici yönetici başka bir harici yönetici ekleyemez
      Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R36 kuralı gereği değişiklik reddedilmeli

    @R36 @enforced
    Senaryo: Müşteri kuruluşunun tam yöneticisi harici yöneticiyi ekler
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman değişikliğe izin verilmeli

    @R36 @enforced
    Senaryo: Hiçbir harici yönetici harici yönetici ekleyemez
      Diyelim ki "Harici yönetici rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir yöneticinin "Harici Tam Yönetici" rolü var
      O zaman "Harici yönetici ekleme" yetkisi için erişim düzeyi "Erişim yok" olmalı

  Kural: R37 — Satış yapan iş ortağı sağlama erişimini yeniden kazanır ancak kendini tam yönetici yapamaz
    Kaynak 004_56a03cdc9c18ca52.txt:338: “Harici yöneticileri istediğiniz zaman kuruluşunuzdan
    kaldırabilirsiniz. Ancak, kuruluşunuz ile hizmet satın aldığınız iş ortağı arasında aktif bir satış
    ilişkisi olduğu sürece, bu iş ortağı, kendisine Temel Hazırlık Yöneticisi rolünü atayarak
    kuruluşunuza yeniden erişim sağlayabilir; bu, iş ortağının her zaman sizin erişiminize sahip olacağı
    anlamına gelir. organizasyon. İş ortağı, kendisine Tam Yönetici olarak erişim atayamaz. Hizmet satın
    aldığınız iş ortağının kuruluşunuza hiçbir şekilde erişmesini istemiyorsanız, iş ortağıyla iletişime
    geçmelisiniz.”

    @R37 @enforced
    Senaryo: Hizmetleri satan iş ortağı sağlama erişimini geri alır
      Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kişinin hiçbir yönetici rolü yok
      Ve yöneticinin kuruluşunun müşteriyle etkin bir satış ilişkisi var
      Eğer ki yönetici kendine "Sağlama Yöneticisi" rolünü atarsa
      O zaman R37 kuralı gereği değişikliğe izin verilmeli

    @R37 @enforced
    Senaryo: Aktif bir satış ilişkisi olmadan iş ortağı erişimi geri alamaz
      Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kişinin hiçbir yönetici rolü yok
      Eğer ki yönetici kendine "Sağlama Yöneticisi" rolünü atarsa
      O zaman R37 kuralı gereği değişiklik reddedilmeli

    @R37 @enforced
    Senaryo: İş ortağı kendini tam yönetici yapamaz
      Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
      Ve yöneticinin kuruluşunun müşteriyle etkin bir satış ilişkisi var
      Eğer ki yönetici kendine "Tam yönetici" rolünü atarsa
      O zaman R37 kuralı gereği değişiklik reddedilmeli

  Kural: R38 — Müşterinin tam yöneticisi iş ortağı rollerini değiştirebilir; satış yapan iş ortağı sağlama erişimini korur
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:375: “W dowolnym momencie pełny administrator w organizacji
    klienta może zmienić lub usunąć rolę administratora z organizacji partnerskiej. Jeśli jednak Twoja
    organizacja sprzedawała usługi klientowi, zawsze będziesz mieć dostęp do Centrum sterowania klienta
    jako administrator obsługi administracyjnej. Wszyscy administratorzy w organizacji partnerskiej będą
    również nadal mieli dostęp administracyjny do centrum sterowania klienta, jeśli co najmniej jeden z
    nich pozostanie z rolą administratora w organizacji klienta.”

    @R38 @enforced
    Senaryo: Müşteri kuruluşunun tam yöneticisi bir iş ortağı yöneticisinin rolünü kaldırır
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının "Sağlama Yöneticisi" rolü var
      Eğer ki yönetici kullanıcıdan "Sağlama Yöneticisi" rolünü kaldırırsa
      O zaman R38 kuralı gereği değişikliğe izin verilmeli

    @R38 @R01 @enforced
    Senaryo: Müşteri kuruluşunun salt okunur yöneticisi iş ortağı yöneticisinin hiçbir rolünü kaldıramaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Salt okunur yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının "Sağlama Yöneticisi" rolü var
      Eğer ki yönetici kullanıcıdan "Sağlama Yöneticisi" rolünü kaldırırsa
      O zaman R01 kuralı gereği değişiklik reddedilmeli

  Kural: R39 — "Cam kırma" harici yöneticileri
    Kaynak 004_56a03cdc9c18ca52.txt:330: “SSO ile yapılandırılmış bir kuruluş için SSO düzgün
    çalışmaması gibi acil oturum açma sorunları olması durumunda kuruluşunuza erişmenin bir yolu olarak
    harici yöneticiler atayabilirsiniz.”
    Tek bir istekten karar verilemez (bilgi): harici yönetici eklemenin nedenine ilişkin bir tavsiyedir.

  Kural: R40 — Harici tam yönetici, toplantı sitelerine erişmeden önce bir kez oturum açmalıdır
    Kaynak 004_56a03cdc9c18ca52.txt:334: “Harici yönetici, toplantı sitelerine yönetici erişimi
    alabilmesi için harici tam yönetici rolüne atandıktan sonra Control Hub'da bir kez oturum aç
    açmalıdır.”
    Tek bir istekten karar verilemez (bilgi): bir istek, birinin oturum açıp açmadığını söylemez.

  Kural: R41 — Ücretsiz kendi kendine kaydolan kuruluşların kullanıcıları harici yönetici olabilir, tüketici kuruluşunun kullanıcıları olamaz
    Kaynak 004_56a03cdc9c18ca52.txt:424: “Ücretsiz kendi kendine oturum aç kuruluşlardaki kullanıcılar,
    harici yöneticiler olarak eklenebilir. Ancak, tüketici organizasyonunun parçası olan kullanıcılar
    harici yönetici olarak eklenemez. Tüketici organizasyonundaki kullanıcıların e-postalarını
    doğrulamaya çalıştığınızda Control Hub bir hata gösterecektir.”

    @R41 @enforced
    Senaryo: Tüketici kuruluşunun kullanıcısı harici yönetici olamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının ana kuruluşu tüketici kuruluşu
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R41 kuralı gereği değişiklik reddedilmeli

    @R41 @enforced
    Senaryo: Ücretsiz kendi kendine kaydolunan bir kuruluşun kullanıcısı harici yönetici olabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının ana kuruluşu ücretsiz kendi kendine kaydolunan bir kuruluş
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R41 kuralı gereği değişikliğe izin verilmeli

  Kural: R42 — Harici yönetici eklerken rol seçenekleri
    Kaynak 004_56a03cdc9c18ca52.txt:444: “Bu kullanıcı, aboneliğinizi yöneten bir ortak kuruluşa aitse,
    Tam yönetici ayrıcalıkları veya yönetici ayrıcalıkları . Başka bir kuruluştan geliyorlarsa, şunları
    seçin:”
    Kaynak 004_56a03cdc9c18ca52.txt:448: “• İletişim Merkezi hizmet yöneticisi (varsa)”
    Kitin kararı (RULINGS §4.10): iş ortağı kuruluşunun bir kullanıcısı yalnızca tam yönetici ya da
    sağlama yöneticisi olarak eklenir; erişim tabloları diğer rollerin hücrelerini korur.

    @R42 @enforced
    Senaryo: İş ortağı kuruluşunun kullanıcısı tam yönetici veya sağlama yöneticisi olur
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Sağlama Yöneticisi" rolünü atarsa
      O zaman R42 kuralı gereği değişikliğe izin verilmeli

    @R42 @enforced
    Senaryo: İş ortağı kuruluşunun kullanıcısı salt okunur yönetici olmaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R42 kuralı gereği değişiklik reddedilmeli

    @R42 @enforced
    Senaryo: Başka herhangi bir kuruluşun kullanıcısı sağlama yöneticisi olmaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Sağlama Yöneticisi" rolünü atarsa
      O zaman R42 kuralı gereği değişiklik reddedilmeli

    @R42 @enforced
    Senaryo: Başka herhangi bir kuruluşun kullanıcısı destek yöneticisi olmaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atarsa
      O zaman R42 kuralı gereği değişiklik reddedilmeli

  Kural: R43 — Tam yönetici harici yöneticileri yükseltir ve indirger
    Kaynak 004_56a03cdc9c18ca52.txt:456: “Kuruluşunuzun tam yöneticisi olarak, harici yöneticiler için
    yönetici ayrıcalıkları da ayarlayabilirsiniz.”
    Kaynak 004_56a03cdc9c18ca52.txt:474: “• Yöneticiyi tam yöneticiye yükseltmek için, altında Yönetici
    rolleri , kontrol et Tam yönetici ayrıcalığı .”

    @R43 @enforced
    Senaryo: Tam yönetici harici salt okunur yöneticiyi tam yöneticiliğe yükseltir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının "Salt okunur yönetici" rolü var
      Eğer ki yönetici kullanıcıya "Tam yönetici" rolünü atarsa
      O zaman R43 kuralı gereği değişikliğe izin verilmeli

    @R43 @enforced
    Senaryo: Tam yönetici harici tam yöneticiyi salt okunur yöneticiliğe indirir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının "Tam yönetici" rolü var
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R43 kuralı gereği değişikliğe izin verilmeli

    @R43 @R01 @enforced
    Senaryo: Salt okunur yönetici kimseyi yükseltemez
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Salt okunur yönetici" rolü var
      Ve kuruluş ilişkisi "Başka bir kuruluş" olan bir kullanıcının "Salt okunur yönetici" rolü var
      Eğer ki yönetici kullanıcıya "Tam yönetici" rolünü atarsa
      O zaman R01 kuralı gereği değişiklik reddedilmeli

  Kural: R44 — Yönetici ayrıcalıklarının iptali tüm kayıtları siler
    Kaynak 004_56a03cdc9c18ca52.txt:482: “• yönetici ayrıcalıkları tamamen iptal etmek için, altında
    Yönetici ayrıcalığını iptal et , tıklayın Yönetici ayrıcalığını iptal et ve sonra seçin ayrıcalığı
    iptal et .”
    Kaynak 004_56a03cdc9c18ca52.txt:487: “yönetici ayrıcalıkları iptal edilmesi, yöneticinin tüm
    kayıtlarını siler ve eski durumuna getirmek için yeniden eklenmesi gerekir.”
    Yöneticinin geri gelmesi için yeniden eklenmesi gerekir.
    Tek bir istekten karar verilemez (bilgi): kayıtlar rol kararının bir parçası değildir.

  Kural: R45 — Harici yöneticileri tam, salt okunur veya sağlama yöneticisi olarak atayın
    Kaynak 004_56a03cdc9c18ca52.txt:417: “Kuruluşunuzdaki sorumluluklarının ne olduğunu açıkça
    tanımlamak için harici yöneticilere tam, salt okunur veya yetkilendirme yöneticileri atayın. İdari
    sorumlulukları bölmek, kuruluşunuz içinde daha fazla hesap verebilirliği de sağlayabilir.”
    Tek bir istekten karar verilemez (bilgi): görevlerin paylaştırılmasına ilişkin bir tavsiyedir.
