# language: tr
Özellik: Webex site rollerinin kuralları
  Webex site rolleri site site ve yalnızca Control Hub'ın yönettiği sitelerde atanır; Toplantı
  İçeriği Yöneticisi her zaman aynı zamanda bir site yöneticisidir.

  Kural: R11 — Webex sitesi yöneticisi rolleri site başına atanır
    Kaynak 004_56a03cdc9c18ca52.txt:30: “Toplantı site yöneticisi rolleri için tıklayın Düzenle ,
    yanında Webex Site yönetici rolleri . Ardından, kullanıcının yönetmesini istediğiniz her Webex
    sitesi için roller seçin.”
    Kaynak 004_56a03cdc9c18ca52.txt:189: “Kuruluşunuzda yönetilecek çok sayıda Webex sitesi varsa,
    sahipliği tanımlamak ve her Webex sitesi için yönetim sorumluluklarını bölmek için kullanıcıları
    Webex sitesi, Webex kullanıcısı veya Webex salt okunur yöneticileri olarak atayın.”

    @R11 @enforced
    Senaryo: Site rolü belirtilen bir site için atanır
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve "alpha" sitesi Control Hub tarafından yönetiliyor
      Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Site Yöneticisi" rolünü atarsa
      O zaman değişikliğe izin verilmeli

    @R11 @enforced
    Senaryo: Site belirtilmeden atanan site rolü eksik bir istektir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici site belirtmeden kullanıcıya "Webex Kullanıcı Yöneticisi" rolünü atarsa
      O zaman istek eksik olduğu için reddedilmeli

  Kural: R12 — Site yöneticisi rolleri yalnızca Control Hub tarafından yönetilen siteler için
    Kaynak 004_56a03cdc9c18ca52.txt:185: “Control Hub tarafından yönetilen toplantı sitelerindeki
    kullanıcılara yalnızca Webex sitesi yöneticisi rolleri atayabilirsiniz. Bu roller, Site Yönetimi
    tarafından yönetilen toplantı sitelerini yönetmek için Control Hub'da atanamaz.”

    @R12 @enforced
    Senaryo: Site Yönetimi'nin yönettiği bir sitede site rolleri atanmaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve "beta" sitesi Site Yönetimi tarafından yönetiliyor
      Eğer ki yönetici kullanıcıya "beta" sitesinde "Webex Site Yöneticisi" rolünü atarsa
      O zaman R12 kuralı gereği değişiklik reddedilmeli

    @R12 @enforced
    Senaryo: Control Hub'ın yönettiği bir sitede site rolleri atanır
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve "alpha" sitesi Control Hub tarafından yönetiliyor
      Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Salt Okunur Yönetici" rolünü atarsa
      O zaman R12 kuralı gereği değişikliğe izin verilmeli

  Kural: R13 — Site yöneticileri atandıkları sitelerle sınırlıdır, birden fazla siteye sahip olabilir ve bir kez oturum açmalıdır
    Kaynak 004_56a03cdc9c18ca52.txt:187: “Webex sitesi yöneticilerinin yalnızca Control Hub'da
    atandıkları Webex sitesi için kullanıcılara ve ayarlara erişimi vardır. Bir kullanıcıyı birden fazla
    Webex sitesi için yönetici olarak atayabilirsiniz. site yöneticisi rolüne atanan kullanıcıların,
    toplantı sitelerine yönetici erişimi alabilmeleri için, role atandıktan sonra Control Hub'da bir kez
    oturum aç gerekir.”

    @R13 @enforced
    Senaryo: Site yöneticisi kendi sitesinde site rolleri atar
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Webex Site Yöneticisi" rolü var
      Ve yöneticinin "alpha" sitesinde "Webex Site Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "alpha" sitesinde "Webex Kullanıcı Yöneticisi" rolünü atarsa
      O zaman R13 kuralı gereği değişikliğe izin verilmeli

    @R13 @R01 @enforced
    Senaryo: Site yöneticisi atanmadığı bir sitede rol atamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Webex Site Yöneticisi" rolü var
      Ve yöneticinin "alpha" sitesinde "Webex Site Yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "gamma" sitesinde "Webex Kullanıcı Yöneticisi" rolünü atarsa
      O zaman R01 kuralı gereği değişiklik reddedilmeli

    @R13 @enforced
    Senaryo: Site yöneticisi yalnızca kendisine atanan sitelere erişir
      Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Webex Site Yöneticisi" rolü var
      O zaman "Site Yapılandırması" yetkisi için erişim düzeyi "Yalnızca atanan Webex siteleri için" kapsamıyla "Tam erişim" olmalı
      Ve "Kullanıcı Yönetimi" yetkisi için erişim düzeyi "Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez." kapsamıyla "Tam erişim" olmalı

  Kural: R14 — Site ve kullanıcı yöneticileri Meetings ayarlarını yalnızca atandıkları müşteri kuruluşlarının kullanıcıları için yönetir
    Kaynak 004_56a03cdc9c18ca52.txt:191: “Webex sitesi yöneticileri ve Webex kullanıcı yöneticileri,
    yalnızca atandıkları müşteri kuruluşlarındaki kullanıcılar için Webex Meetings ile ilgili ayarları
    yönetebilir.”
    Tek bir istekten karar verilemez (bilgi): istek, site yöneticisinin hangi müşteri kuruluşlarına
    atandığını söylemez.

  Kural: R15 — Site yöneticileri Meetings lisansı kullanmaz ve toplantı sahibi ayrıcalığı almaz
    Kaynak 004_56a03cdc9c18ca52.txt:196: “Webex sitesi yöneticileri, atandıkları Webex sitesi için Webex
    Meetings lisansı kullanmazlar ancak toplantı sahibi ayrıcalıklarına sahip olmazlar. Bir Webex sitesi
    yöneticisinin barındırma ayrıcalıklarına sahip olmasını istiyorsanız onlara bir toplantı sahibi
    lisansı atayabilirsiniz.”
    Toplantı düzenlemesi gereken site yöneticisine bir toplantı sahibi lisansı atayın.
    Tek bir istekten karar verilemez (bilgi): lisanslar rol kararının bir parçası değildir.

  Kural: R16 — Yıldızla işaretli satırlar yalnızca atanan siteler için geçerlidir
    Kaynak 004_56a03cdc9c18ca52.txt:256: “* Yalnızca atanan Webex siteleri için.”

    @R16 @enforced
    Senaryo: Yıldızla işaretli satırlar yalnızca atanan siteler için geçerlidir
      Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Webex Kullanıcı Yöneticisi" rolü var
      O zaman "Lisanslar" yetkisi için erişim düzeyi "Yalnızca atanan Webex siteleri için" kapsamıyla "Tam erişim" olmalı
      Ve "Rol atama" yetkisi için erişim düzeyi "Yalnızca atanan Webex siteleri için" kapsamıyla "Salt Okunur" olmalı
      Ve "Analizler ve Raporlar" yetkisi için erişim düzeyi "-" kapsamıyla "Salt Okunur" olmalı

  Kural: R17 — Toplantı İçeriği Yöneticisi bir site yöneticisi rolü gerektirir
    Kaynak 004_56a03cdc9c18ca52.txt:200: “Webex sitesi yöneticilerinin, API'ler veya bir web
    arabirimi(kayıtlar ve dökümler gibi) aracılığıyla toplantı yapıtlarına erişmesine, almasına ve
    yönetmesine izin vermek istiyorsanız, bunları bir Toplantı İçeriği yöneticisi olarak atamak için bir
    anahtar arasında geçiş yapabilirsiniz. Bu rol, kullanıcıların tüm sitelere erişmelerine izin vermek
    yerine belirli Webex sitelerine ayrıntılı erişime sahip kullanıcılara atamanıza olanak tanır.”
    Kaynak 004_56a03cdc9c18ca52.txt:210: “Toplantı İçeriği yönetici rolüne erişebilmesi için kullanıcıya
    bir site için Webex sitesi yöneticisi rollerinden birinin atanması gerekir.”
    Kitin kararı (RULINGS §4.8): Toplantı İçeriği Yöneticisi, aynı sitedeki bir site yöneticisi rolüne
    eklenen bir seçenektir; kit böyle bir rol yoksa seçeneği reddeder ve seçenek açıkken sitedeki son
    rolün kaldırılmasını da reddeder.

    @R17 @enforced
    Senaryo: Salt okunur site yöneticisi aynı sitenin Toplantı İçeriği Yöneticisi yapılabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının "alpha" sitesinde "Webex Salt Okunur Yönetici" rolü var
      Eğer ki yönetici kullanıcıya "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolünü atarsa
      O zaman R17 kuralı gereği değişikliğe izin verilmeli

    @R17 @enforced
    Senaryo: Sitede site rolü olmayan kullanıcı Toplantı İçeriği Yöneticisi yapılamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının "beta" sitesinde "Webex Site Yöneticisi" rolü var
      Eğer ki yönetici kullanıcıya "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolünü atarsa
      O zaman R17 kuralı gereği değişiklik reddedilmeli

    @R17 @enforced
    Senaryo: Toplantı İçeriği Yöneticisinin altındaki son site rolü kaldırılamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Ve kullanıcının "alpha" sitesinde "Webex Site Yöneticisi" rolü var
      Ve kullanıcının "alpha" sitesinde "Toplantı İçeriği Yöneticisi" rolü var
      Eğer ki yönetici kullanıcıdan "alpha" sitesinde "Webex Site Yöneticisi" rolünü kaldırırsa
      O zaman R17 kuralı gereği değişiklik reddedilmeli

    @R17 @enforced
    Senaryo: Toplantı içeriği anahtarı salt okunur yöneticiyi asla salt okunurun üstüne çıkarmaz
      Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Webex Salt Okunur Yönetici" rolü var
      Ve yöneticinin ayrıca "Toplantı İçeriği Yöneticisi" rolü var
      O zaman "Kullanıcı Yönetimi" yetkisi için erişim düzeyi "-" kapsamıyla "Salt Okunur" olmalı
      Ve "Kayıtlar ve transkript" yetkisi için erişim düzeyi "Yalnızca atanan Webex siteleri için" kapsamıyla "Tam erişim" olmalı

  Kural: R18 — Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi rolü
    Kaynak 004_56a03cdc9c18ca52.txt:98: “bu Webex Calling Ayrıntılı Çağrı Geçmişi API erişimi rolü,
    kullanıcının Webex Calling Ayrıntılı Çağrı Geçmişi raporları için veri toplayan REST API erişmesine
    olanak tanır. Bkz. Webex Calling Ayrıntılı Çağrı Geçmişi API belgeleri ayrıntılar için.”
    Bu rol, kullanıcının ayrıntılı çağrı geçmişi raporlarının verilerini toplayan REST API'yi
    çağırmasını sağlar.
    Tek bir istekten karar verilemez (bilgi): hiçbir ayrıcalık tablosu bu rolü listelemez.

  Kural: R19 — Webex Events yönetici rolü
    Kaynak 004_56a03cdc9c18ca52.txt:310: “Webex Events yönetici rolü, Webex Events'e (eski adıyla Socio)
    erişime sahiptir ve diğerlerine erişim verebilir.”
    Kaynak 004_56a03cdc9c18ca52.txt:317: “(Bu özel role sahip olmayan yöneticiler, etkin olmayan bir
    düğme görür)”
    Bu rol Webex Events'e erişim verir ve başkalarına erişim verebilir; bu role sahip olmayan
    yöneticiler etkin olmayan bir düğme görür.
    Tek bir istekten karar verilemez (bilgi): hiçbir ayrıcalık tablosu bu rolü listelemez.
