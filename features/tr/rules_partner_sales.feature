# language: tr
Özellik: İş ortağı satış rollerinin kuralları
  Tam satış yöneticisi ve satış yöneticisi rolleri yalnızca iş ortağı kuruluşlarında bulunur; bu
  rolleri tam yöneticiler ve tam satış yöneticileri verir.

  Kural: R46 — Tam satış yöneticisi ve satış yöneticisi rolleri yalnızca ortak kuruluşlarda bulunur
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:370: “Role pełnego administratora sprzedaży i administratora
    sprzedaży są dostępne tylko dla organizacji partnerskich w centrum Control Hub. Pełnoprawni
    administratorzy i inni pełnoprawni administratorzy sprzedaży organizacji partnerskich mogą
    przypisywać rolę pełnego administratora sprzedaży lub rolę administratora sprzedaży innym
    użytkownikom.”
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:409: “Jako pełny administrator lub pełny administrator
    sprzedaży możesz przypisać każdemu użytkownikowi w organizacji rolę pełnego administratora sprzedaży
    lub administratora sprzedaży.”

    @R46 @enforced
    Senaryo: Müşteri kuruluşunda satış rolleri verilmez
      Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "Müşteri kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atarsa
      O zaman R46 kuralı gereği değişiklik reddedilmeli

    @R46 @enforced
    Senaryo: İş ortağı kuruluşunun tam yöneticisi tam satış yöneticisi rolünü verir
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Tam Satış Yöneticisi" rolünü atarsa
      O zaman R46 kuralı gereği değişikliğe izin verilmeli

    @R46 @enforced
    Senaryo: Tam satış yöneticisi satış yöneticisi rolünü verir
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam Satış Yöneticisi" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atarsa
      O zaman R46 kuralı gereği değişikliğe izin verilmeli

    @R46 @enforced
    Senaryo: Satış yöneticisi hiçbir satış rolü vermez
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Satış Yöneticisi" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının hiçbir yönetici rolü yok
      Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atarsa
      O zaman R46 kuralı gereği değişiklik reddedilmeli

  Kural: R47 — Sipariş sağlama: yeni kuruluş tam yönetici, mevcut kuruluş sağlama yöneticisi verir
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:372: “Administratorzy sprzedaży i administratorzy sprzedaży,
    którzy aprowizują zlecenie usługi Webex, mogą utworzyć nową organizację odbiorców lub aprowizowanie
    zamówienia dla istniejącej. Jeśli pełny administrator sprzedaży lub administrator sprzedaży utworzy
    nową organizację klienta, automatycznie otrzyma pełne uprawnienia administratora w organizacji
    klienta. Jeśli klient istnieje, otrzymuje rolę administratora aprowującego.”
    Yeni bir müşteri kuruluşu onu tam yönetici, mevcut bir kuruluş ise sağlama yöneticisi yapar.
    Tek bir istekten karar verilemez (bilgi): sipariş sağlamak bir rol atama isteği değildir.

  Kural: R48 — Satış yöneticisi rolleri tam yönetici ile birleşebilir; tam satış yöneticisi rolünü kendinden kaldırma
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:412: “Jeśli masz zarówno pełną rolę administratora, jak i
    pełnego administratora sprzedaży, możesz usunąć z siebie rolę pełnego administratora sprzedaży i
    przypisać ją do innego użytkownika.”
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:414: “Użytkownik może pełnić rolę pełnego administratora
    sprzedaży lub administratora sprzedaży wraz z pełnią administratorem.”

    @R48 @enforced
    Senaryo: Aynı zamanda tam satış yöneticisi olan tam yönetici satış rolünden vazgeçer
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve yöneticinin ayrıca "Tam Satış Yöneticisi" rolü var
      Eğer ki yönetici kendinden "Tam Satış Yöneticisi" rolünü kaldırırsa
      O zaman R48 kuralı gereği değişikliğe izin verilmeli

    @R48 @enforced
    Senaryo: Tam yönetici olmayan tam satış yöneticisi satış rolünü korur
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam Satış Yöneticisi" rolü var
      Eğer ki yönetici kendinden "Tam Satış Yöneticisi" rolünü kaldırırsa
      O zaman R48 kuralı gereği değişiklik reddedilmeli

    @R48 @enforced
    Senaryo: Tam yönetici aynı zamanda satış yöneticisi olabilir
      Diyelim ki yönetilen kuruluş bir iş ortağı kuruluşu
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir kullanıcının "Tam yönetici" rolü var
      Eğer ki yönetici kullanıcıya "Satış Yöneticisi" rolünü atarsa
      O zaman R48 kuralı gereği değişikliğe izin verilmeli

  Kural: R49 — Satış yöneticisi atanan müşterileri, tam satış yöneticisi tüm müşterileri yönetir
    Hiçbir kaynak bu kuralı Türkçe vermiyor; alıntı kaynağın dilindedir.
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:428: “• Administrator sprzedaży, jeśli chcesz przypisać
    określonych klientów do zarządzania.”
    Lehçe kaynak 002_eb43fb2dbe00fd3d.txt:429: “• Pełny administrator sprzedaży, jeśli chcesz, aby
    zarządzali wszystkimi klientami w Twojej organizacji.”

    @R49 @enforced
    Senaryo: Satış yöneticisi kendisine atanan müşterileri yönetir
      Diyelim ki "Tam satış yöneticisi ve satış yöneticisi rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Satış Yöneticisi" rolü var
      O zaman "Müşteri kuruluşu yönetimi" yetkisi için erişim düzeyi "Yalnızca atanan müşteriler" kapsamıyla "Tam erişim" olmalı

    @R49 @enforced
    Senaryo: Tam satış yöneticisi tüm müşterileri yönetir
      Diyelim ki "Tam satış yöneticisi ve satış yöneticisi rolleri" tablosu inceleniyor
      Ve kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam Satış Yöneticisi" rolü var
      O zaman "Müşteri kuruluşu yönetimi" yetkisi için erişim düzeyi "Ortak kuruluşun yönettiği tüm müşteriler" kapsamıyla "Tam erişim" olmalı
