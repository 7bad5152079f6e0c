# language: tr
Özellik: Kuruluş rollerinin kuralları
  Bir müşteri kuruluşunun yöneticileri rollerini nasıl alır ve kuruluş rolleri tablosunun
  etrafındaki metin tablonun ötesinde ne söyler.

  Kural: R01 — Tam yönetici, kuruluştaki herhangi bir kullanıcıya bir veya daha fazla rol atayabilir
    Kaynak 004_56a03cdc9c18ca52.txt:3: “Tam yönetici olarak, kuruluşunuzdaki kişilere çeşitli yönetim
    rolleri atayabilirsiniz.”
    Kaynak 004_56a03cdc9c18ca52.txt:89: “Tam yönetici ayrıcalıkları varsa, kuruluşunuzdaki herhangi bir
    kullanıcıya bir veya daha fazla rol atayabilirsiniz.”

    @R01 @enforced
    Senaryo: Tam yönetici kuruluştaki herhangi bir kullanıcıya herhangi bir rol atayabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atarsa
      O zaman R01 kuralı gereği değişikliğe izin verilmeli

    @R01 @enforced
    Senaryo: Harici tam yönetici de kuruluşun kullanıcılarına rol atayabilir
      Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Cihaz yöneticisi" rolünü atarsa
      O zaman R01 kuralı gereği değişikliğe izin verilmeli

    @R01 @enforced
    Senaryo: Cihaz yöneticisi rol atayamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Cihaz yöneticisi" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Destek yöneticisi" rolünü atarsa
      O zaman R01 kuralı gereği değişiklik reddedilmeli

  Kural: R02 — İlk tam yönetici ortak kuruluştan gelir; yeni kullanıcıların yönetici ayrıcalığı yoktur
    Kaynak 004_56a03cdc9c18ca52.txt:91: “Hesabınız ilk kez Kurulum, ortak kuruluştan yönetici,
    kuruluşunuzun tam yöneticisi olur ve ek yöneticiler Kurulum .”
    Kaynak 004_56a03cdc9c18ca52.txt:93: “Kuruluşunuza eklediğiniz kullanıcıların ilk başta hiçbir
    yönetici ayrıcalığı yoktur. İşte atayabileceğiniz sorumlulukların bir listesi:”
    Kitin kararı (RULINGS §4.6): hiçbir rolü olmayan bir yöneticinin, tablonun kuruluşu için geçerli
    olduğu her yerde erişimi yoktur.

    @R02 @enforced
    Senaryo: Kuruluşa eklenen kullanıcı yönetici ayrıcalığı olmadan başlar
      Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kişinin hiçbir yönetici rolü yok
      O zaman "Cihaz yönetimi" yetkisi için erişim düzeyi "Erişim yok" olmalı
      Ve "Analitik ve raporlar" yetkisi için erişim düzeyi "Erişim yok" olmalı

    @R02 @enforced
    Senaryo: Yönetici rolü olmayan kullanıcı rol atamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir kişinin hiçbir yönetici rolü yok
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Salt okunur yönetici" rolünü atarsa
      O zaman R02 kuralı gereği değişiklik reddedilmeli

  Kural: R03 — En iyi uygulama: birden fazla tam yönetici
    Kaynak 004_56a03cdc9c18ca52.txt:1: “Yönetim sorumluluklarını kuruluşunuz içinde paylaşmanızı
    öneririz. Küçük kuruluşlarda bile, kullanılabilirliği sağlamak için tam yönetici rolüne sahip birden
    fazla kişi olmalıdır.”
    Bir kuruluşun her zaman birden fazla tam yöneticisi olmalıdır; böylece yöneticilerden biri yokken de
    yönetim değişiklikleri yapılabilir.
    Tek bir istekten karar verilemez (öneri): bu, tek bir istek hakkında karar değil, yönetici
    listesinin tamamına ilişkin bir tavsiyedir.

  Kural: R04 — Müşteri kuruluşu yönetici türleri
    Kaynak 004_56a03cdc9c18ca52.txt:5: “Örneğin, bir uyum görevlisi, yasal/uyumluluk amaçları için
    gerektiği şekilde kullanıcı tarafından oluşturulan içeriğe erişme ayrıcalığına sahiptir. Bu
    muhtemelen, toplantı analitiği ve sorun giderme bilgilerini görebilen bir destek yöneticisinden
    farklı bir kişi olabilir.”
    Müşteri yöneticileri tam, destek, kullanıcı ve cihaz, cihaz ve salt okunur yöneticiler ile uyum
    görevlileridir. Uyum görevlisi yasal amaçlarla kullanıcı içeriğine erişir; destek yöneticisi
    toplantı analitiğini ve sorun giderme bilgilerini görür.
    Tek bir istekten karar verilemez (bilgi): rolleri tanımlar; her birinin ne yapabileceğini kuruluş
    rolleri tablosu söyler.

  Kural: R05 — Kuruluş rolleri tablosu yalnızca kuruluş çapındaki rolleri listeler
    Kaynak 004_56a03cdc9c18ca52.txt:103: “Bu tablo yalnızca kuruluş çapındaki yönetim rollerini
    listeler.”
    Webex site yöneticisi rolleri ve iletişim merkezi rolleri gibi hizmet rolleri kendi tablolarında
    anlatılır.
    Tek bir istekten karar verilemez (bilgi): kaynak tabloların nasıl düzenlendiğini anlatır.

  Kural: R06 — Kuruluş rolünü değiştirmek mevcut hizmet rollerini etkileyebilir
    Kaynak 004_56a03cdc9c18ca52.txt:35: “değiştirirseniz organizasyonel mevcut bir kullanıcının rolü
    Hizmetler rol, mevcut hizmet rollerini etkileyebilirsiniz. Kuruluş rolünü değiştirirseniz,
    kullanıcının hizmet rollerini gözden geçirin.”
    Zaten bir hizmet rolü olan bir kullanıcının kuruluş rolünü değiştirdikten sonra hizmet rollerini
    gözden geçirin.
    Tek bir istekten karar verilemez (bilgi): bir değişiklikten sonra rolleri elle gözden geçirme
    tavsiyesidir.

  Kural: R07 — Roller virgülle ayrılmış bir liste veya “Yok” olarak gösterilir
    Kaynak 004_56a03cdc9c18ca52.txt:20: “Kullanıcının yönetici rollerinin (veya "Yok") virgülle ayrılmış
    bir listesi vardır.”
    Tek bir istekten karar verilemez (bilgi): Control Hub'ın rolleri nasıl gösterdiğiyle ilgilidir.

  Kural: R08 — İş ortakları rolleri müşteri kuruluşunun içinden atar
    Kaynak 004_56a03cdc9c18ca52.txt:9: “Müşterileriniz için birden çok Webex kuruluşunu yönetiyorsanız,
    bkz. Partner Hub'da yönetici rolleri makale.”
    Kaynak 004_56a03cdc9c18ca52.txt:15: “(Bir iş ortağıysanız, önce rol atamak istediğiniz müşteri
    kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfa.)”
    İş ortağı önce müşteri kuruluşunu açar, ardından o kuruluşun Kullanıcılar sayfasında rolleri atar.
    Tek bir istekten karar verilemez (bilgi): rollerin Control Hub'ın neresinde atandığını anlatır.

  Kural: R09 — Gelişmiş Sorun Giderme Erişiminin sağladıkları
    Kaynak 004_56a03cdc9c18ca52.txt:173: “Bu rol, tam yöneticilerin, salt okunur yöneticilerin ve destek
    yöneticilerinin Canlı Toplantı sayfasına erişmesine izin verir. sorun giderme sekmesini açar ve tam
    yöneticilerin yalnızca bir düğmeyi tıklatarak Sürüyor eden toplantılara katılmasını sağlar.”
    Kitin kararı (RULINGS §4.8): gelişmiş sorun giderme erişimi tek başına hiçbir şey vermez; yalnızca
    kaynağın andığı rollerle birlikte sayılır.

    @R09 @enforced
    Senaryo: Gelişmiş sorun giderme erişimi tam yöneticilerin devam eden toplantılara katılmasını sağlar
      Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve yöneticinin ayrıca "Gelişmiş Sorun Giderme Erişimi" rolü var
      O zaman "Devam eden toplantılara katılma erişimi" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Canlı toplantılara erişim" yetkisi için erişim düzeyi "Tam erişim" olmalı

    @R09 @enforced
    Senaryo: Gelişmiş sorun giderme erişimi salt okunur yöneticiye canlı toplantı sayfasını açar ama hiçbir toplantıyı açmaz
      Diyelim ki "Kuruluş rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Salt okunur yönetici" rolü var
      Ve yöneticinin ayrıca "Gelişmiş Sorun Giderme Erişimi" rolü var
      O zaman "Canlı toplantılara erişim" yetkisi için erişim düzeyi "Tam erişim" olmalı
      Ve "Devam eden toplantılara katılma erişimi" yetkisi için erişim düzeyi "Erişim yok" olmalı

  Kural: R10 — Gelişmiş Sorun Giderme Erişimi: kimler sahip olabilir, kimler atayabilir, kendine atama yok
    Kaynak 004_56a03cdc9c18ca52.txt:180: “Tam yöneticiler, kuruluşlarındaki başka bir tam yöneticiye,
    salt okunur yöneticiye veya destek yöneticisine Gelişmiş Sorun Giderme Erişimi rolünü atayabilir.
    Tam yöneticiler, Gelişmiş Sorun Giderme Erişimi rolünü kendilerine atayamaz. Başka bir tam
    yöneticinin rolü onlara ataması gerekir.”

    @R10 @enforced
    Senaryo: Tam yönetici kendine gelişmiş sorun giderme erişimi atayamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Eğer ki yönetici kendine "Gelişmiş Sorun Giderme Erişimi" rolünü atarsa
      O zaman R10 kuralı gereği değişiklik reddedilmeli

    @R10 @enforced
    Senaryo: Başka bir tam yönetici bu erişimi ona atar
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "Tam yönetici" rolü var
      Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atarsa
      O zaman R10 kuralı gereği değişikliğe izin verilmeli

    @R10 @enforced
    Senaryo: Destek yöneticisinin gelişmiş sorun giderme erişimi olabilir
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "Destek yöneticisi" rolü var
      Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atarsa
      O zaman R10 kuralı gereği değişikliğe izin verilmeli

    @R10 @enforced
    Senaryo: Cihaz yöneticisinin gelişmiş sorun giderme erişimi olamaz
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının "Cihaz yöneticisi" rolü var
      Eğer ki yönetici kullanıcıya "Gelişmiş Sorun Giderme Erişimi" rolünü atarsa
      O zaman R10 kuralı gereği değişiklik reddedilmeli

  Kural: R50 — Yönetici listesinin CSV olarak dışa aktarılması
    Kaynak 004_56a03cdc9c18ca52.txt:53: “Kuruluşunuzdaki tam veya filtrelenmiş bir yönetici listesini
    toplu olarak yönetmek için bir CSV dosyası olarak dışa aktarabilirsiniz.”
    Kaynak 004_56a03cdc9c18ca52.txt:83: “CSV dosyası hazır olduğunda otomatik olarak indirilir.”
    Yöneticilerin tam veya filtrelenmiş listesi dışa aktarılabilir; dosya her yöneticiyi kullanıcı
    kimliği veya e-postası ve yönetici rolleriyle birlikte verir.
    Tek bir istekten karar verilemez (bilgi): bir karar değil, bir listenin dışa aktarılmasıyla
    ilgilidir.

  Kural: R51 — Kullanıcıları role göre filtreleme
    Kaynak 004_56a03cdc9c18ca52.txt:51: “Bu eylem, yalnızca seçilen rollere sahip kullanıcıları
    göstermek için kullanıcı listesi günceller.”
    Tek bir istekten karar verilemez (bilgi): Control Hub'ın kullanıcıları nasıl listelediğiyle
    ilgilidir.
