# language: tr
@external_admin_roles
Özellik: Harici yönetici rolleri
  Müşteri kuruluşunun dışından herkes harici yönetici olarak eklenebilir: iş ortağı kuruluşundan
  veya başka herhangi bir kuruluştan tam ya da salt okunur yönetici veya siparişleri sağlayan iş
  ortağı kuruluşundan sağlama yöneticisi.

  Geçmiş:
    Diyelim ki "Harici yönetici rolleri" tablosu inceleniyor

  @cell
  Senaryo taslağı: Harici tam yönetici kuruluşu yönetir ama harici yönetici eklemez
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Harici Tam Yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                            | ilişki             | erişim     | kapsam                                          |
      | Kullanıcı Yönetimi               | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Cihaz yönetimi                   | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Şirket İlkesi ve Şablonlar       | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Sorun Giderme                    | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Destek Ölçümleri ve Bildirimleri | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Rol atama                        | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Lisanslar ve Yükseltmeler        | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Siparişleri sağlama              | İş ortağı kuruluşu | Tam erişim | -                                               |
      | Site ekleme ve silme             | İş ortağı kuruluşu | Tam erişim | İş ortağının sattığı aboneliğe ait siteler için |
      | Harici yönetici ekleme           | İş ortağı kuruluşu | Erişim yok | -                                               |
      | Kullanıcı Yönetimi               | Başka bir kuruluş  | Tam erişim | -                                               |
      | Cihaz yönetimi                   | Başka bir kuruluş  | Tam erişim | -                                               |
      | Şirket İlkesi ve Şablonlar       | Başka bir kuruluş  | Tam erişim | -                                               |
      | Sorun Giderme                    | Başka bir kuruluş  | Tam erişim | -                                               |
      | Destek Ölçümleri ve Bildirimleri | Başka bir kuruluş  | Tam erişim | -                                               |
      | Rol atama                        | Başka bir kuruluş  | Tam erişim | -                                               |
      | Lisanslar ve Yükseltmeler        | Başka bir kuruluş  | Tam erişim | -                                               |
      | Siparişleri sağlama              | Başka bir kuruluş  | Tam erişim | -                                               |
      | Site ekleme ve silme             | Başka bir kuruluş  | Tam erişim | İş ortağının sattığı aboneliğe ait siteler için |
      | Harici yönetici ekleme           | Başka bir kuruluş  | Erişim yok | -                                               |

  @cell
  Senaryo taslağı: Harici salt okunur yönetici okur ama hiçbir şey sağlamaz
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Harici Salt Okunur Yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                            | ilişki             | erişim      | kapsam |
      | Kullanıcı Yönetimi               | İş ortağı kuruluşu | Salt Okunur | -      |
      | Cihaz yönetimi                   | İş ortağı kuruluşu | Salt Okunur | -      |
      | Şirket İlkesi ve Şablonlar       | İş ortağı kuruluşu | Salt Okunur | -      |
      | Sorun Giderme                    | İş ortağı kuruluşu | Salt Okunur | -      |
      | Destek Ölçümleri ve Bildirimleri | İş ortağı kuruluşu | Salt Okunur | -      |
      | Rol atama                        | İş ortağı kuruluşu | Salt Okunur | -      |
      | Lisanslar ve Yükseltmeler        | İş ortağı kuruluşu | Salt Okunur | -      |
      | Siparişleri sağlama              | İş ortağı kuruluşu | Erişim yok  | -      |
      | Site ekleme ve silme             | İş ortağı kuruluşu | Erişim yok  | -      |
      | Harici yönetici ekleme           | İş ortağı kuruluşu | Erişim yok  | -      |
      | Kullanıcı Yönetimi               | Başka bir kuruluş  | Salt Okunur | -      |
      | Cihaz yönetimi                   | Başka bir kuruluş  | Salt Okunur | -      |
      | Şirket İlkesi ve Şablonlar       | Başka bir kuruluş  | Salt Okunur | -      |
      | Sorun Giderme                    | Başka bir kuruluş  | Salt Okunur | -      |
      | Destek Ölçümleri ve Bildirimleri | Başka bir kuruluş  | Salt Okunur | -      |
      | Rol atama                        | Başka bir kuruluş  | Salt Okunur | -      |
      | Lisanslar ve Yükseltmeler        | Başka bir kuruluş  | Salt Okunur | -      |
      | Siparişleri sağlama              | Başka bir kuruluş  | Erişim yok  | -      |
      | Site ekleme ve silme             | Başka bir kuruluş  | Erişim yok  | -      |
      | Harici yönetici ekleme           | Başka bir kuruluş  | Erişim yok  | -      |

  @cell
  Senaryo taslağı: Sağlama yöneticisi yalnızca iş ortağının sattıkları üzerinde çalışır
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                            | ilişki             | erişim      | kapsam                              |
      | Kullanıcı Yönetimi               | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Cihaz yönetimi                   | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Şirket İlkesi ve Şablonlar       | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Sorun Giderme                    | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Destek Ölçümleri ve Bildirimleri | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Rol atama                        | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Lisanslar ve Yükseltmeler        | İş ortağı kuruluşu | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Siparişleri sağlama              | İş ortağı kuruluşu | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Site ekleme ve silme             | İş ortağı kuruluşu | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Harici yönetici ekleme           | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Kullanıcı Yönetimi               | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Cihaz yönetimi                   | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Şirket İlkesi ve Şablonlar       | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Sorun Giderme                    | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Destek Ölçümleri ve Bildirimleri | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Rol atama                        | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Lisanslar ve Yükseltmeler        | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Siparişleri sağlama              | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Site ekleme ve silme             | Başka bir kuruluş  | Uygulanamaz | -                                   |
      | Harici yönetici ekleme           | Başka bir kuruluş  | Uygulanamaz | -                                   |
