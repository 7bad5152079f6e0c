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
      | yetki                            | ilişki           | erişim     | kapsam                                          |
      | Kullanıcı Yönetimi               | Ortak Kuruluş    | Tam erişim | -                                               |
      | Cihaz yönetimi                   | Ortak Kuruluş    | Tam erişim | -                                               |
      | Şirket İlkesi ve Şablonlar       | Ortak Kuruluş    | Tam erişim | -                                               |
      | Sorun Giderme                    | Ortak Kuruluş    | Tam erişim | -                                               |
      | Destek Ölçümleri ve Bildirimleri | Ortak Kuruluş    | Tam erişim | -                                               |
      | Rol Ata                          | Ortak Kuruluş    | Tam erişim | -                                               |
      | Lisanslar ve Yükseltmeler        | Ortak Kuruluş    | Tam erişim | -                                               |
      | Tedarik Siparişleri              | Ortak Kuruluş    | Tam erişim | -                                               |
      | Site Ekle ve Sil                 | Ortak Kuruluş    | Tam erişim | İş ortağının sattığı aboneliğe ait siteler için |
      | Harici Yöneticiler Ekle          | Ortak Kuruluş    | Yok        | -                                               |
      | Kullanıcı Yönetimi               | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Cihaz yönetimi                   | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Şirket İlkesi ve Şablonlar       | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Sorun Giderme                    | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Destek Ölçümleri ve Bildirimleri | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Rol Ata                          | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Lisanslar ve Yükseltmeler        | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Tedarik Siparişleri              | Diğer Kuruluşlar | Tam erişim | -                                               |
      | Site Ekle ve Sil                 | Diğer Kuruluşlar | Tam erişim | İş ortağının sattığı aboneliğe ait siteler için |
      | Harici Yöneticiler Ekle          | Diğer Kuruluşlar | Yok        | -                                               |

  @cell
  Senaryo taslağı: Harici salt okunur yönetici okur ama hiçbir şey sağlamaz
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Harici Salt Okunur Yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                            | ilişki           | erişim      | kapsam |
      | Kullanıcı Yönetimi               | Ortak Kuruluş    | Salt Okunur | -      |
      | Cihaz yönetimi                   | Ortak Kuruluş    | Salt Okunur | -      |
      | Şirket İlkesi ve Şablonlar       | Ortak Kuruluş    | Salt Okunur | -      |
      | Sorun Giderme                    | Ortak Kuruluş    | Salt Okunur | -      |
      | Destek Ölçümleri ve Bildirimleri | Ortak Kuruluş    | Salt Okunur | -      |
      | Rol Ata                          | Ortak Kuruluş    | Salt Okunur | -      |
      | Lisanslar ve Yükseltmeler        | Ortak Kuruluş    | Salt Okunur | -      |
      | Tedarik Siparişleri              | Ortak Kuruluş    | Yok         | -      |
      | Site Ekle ve Sil                 | Ortak Kuruluş    | Yok         | -      |
      | Harici Yöneticiler Ekle          | Ortak Kuruluş    | Yok         | -      |
      | Kullanıcı Yönetimi               | Diğer Kuruluşlar | Salt Okunur | -      |
      | Cihaz yönetimi                   | Diğer Kuruluşlar | Salt Okunur | -      |
      | Şirket İlkesi ve Şablonlar       | Diğer Kuruluşlar | Salt Okunur | -      |
      | Sorun Giderme                    | Diğer Kuruluşlar | Salt Okunur | -      |
      | Destek Ölçümleri ve Bildirimleri | Diğer Kuruluşlar | Salt Okunur | -      |
      | Rol Ata                          | Diğer Kuruluşlar | Salt Okunur | -      |
      | Lisanslar ve Yükseltmeler        | Diğer Kuruluşlar | Salt Okunur | -      |
      | Tedarik Siparişleri              | Diğer Kuruluşlar | Yok         | -      |
      | Site Ekle ve Sil                 | Diğer Kuruluşlar | Yok         | -      |
      | Harici Yöneticiler Ekle          | Diğer Kuruluşlar | Yok         | -      |

  @cell
  Senaryo taslağı: Sağlama yöneticisi yalnızca iş ortağının sattıkları üzerinde çalışır
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                            | ilişki           | erişim      | kapsam                              |
      | Kullanıcı Yönetimi               | Ortak Kuruluş    | Yok         | -                                   |
      | Cihaz yönetimi                   | Ortak Kuruluş    | Yok         | -                                   |
      | Şirket İlkesi ve Şablonlar       | Ortak Kuruluş    | Yok         | -                                   |
      | Sorun Giderme                    | Ortak Kuruluş    | Yok         | -                                   |
      | Destek Ölçümleri ve Bildirimleri | Ortak Kuruluş    | Yok         | -                                   |
      | Rol Ata                          | Ortak Kuruluş    | Yok         | -                                   |
      | Lisanslar ve Yükseltmeler        | Ortak Kuruluş    | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Tedarik Siparişleri              | Ortak Kuruluş    | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Site Ekle ve Sil                 | Ortak Kuruluş    | Tam erişim  | İş ortağının sattığı hizmetler için |
      | Harici Yöneticiler Ekle          | Ortak Kuruluş    | Yok         | -                                   |
      | Kullanıcı Yönetimi               | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Cihaz yönetimi                   | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Şirket İlkesi ve Şablonlar       | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Sorun Giderme                    | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Destek Ölçümleri ve Bildirimleri | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Rol Ata                          | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Lisanslar ve Yükseltmeler        | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Tedarik Siparişleri              | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Site Ekle ve Sil                 | Diğer Kuruluşlar | Uygulanamaz | -                                   |
      | Harici Yöneticiler Ekle          | Diğer Kuruluşlar | Uygulanamaz | -                                   |
