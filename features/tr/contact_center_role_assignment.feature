# language: tr
@contact_center_role_assignment
Özellik: İletişim Merkezi Hizmet Yöneticisi rolünü kimler verebilir
  Müşteri kuruluşunun tam yöneticisi ve İletişim Merkezi Hizmet Yöneticisi, hizmet yöneticisi rolünü
  müşteri kuruluşunun ve harici kuruluşların kullanıcılarına verebilir. Dışarıdan gelen bir yönetici
  bu rolü yalnızca müşteri kuruluşunun kullanıcılarına verir.

  Geçmiş:
    Diyelim ki "Bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama" tablosu inceleniyor

  @cell
  Senaryo taslağı: Tam yönetici hizmet yöneticisi rolünü verir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Tam yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                 | ilişki             | erişim     | kapsam |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | Müşteri kuruluşu   | Tam erişim | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | Müşteri kuruluşu   | Tam erişim | -      |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | İş ortağı kuruluşu | Tam erişim | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | İş ortağı kuruluşu | Erişim yok | -      |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | Başka bir kuruluş  | Tam erişim | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | Başka bir kuruluş  | Erişim yok | -      |

  @cell
  Senaryo taslağı: İletişim Merkezi Hizmet Yöneticisi rolü başkasına aktarır
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                 | ilişki             | erişim      | kapsam |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | Müşteri kuruluşu   | Tam erişim  | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | Müşteri kuruluşu   | Tam erişim  | -      |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Müşteri kuruluşundaki bir kullanıcıya İletişim Merkezi Hizmet Yöneticisi rolünü atama | Başka bir kuruluş  | Tam erişim  | -      |
      | Harici bir kuruluşun kullanıcısına İletişim Merkezi Hizmet Yöneticisi rolünü atama    | Başka bir kuruluş  | Erişim yok  | -      |
