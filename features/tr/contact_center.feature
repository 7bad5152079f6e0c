# language: tr
@contact_center
Özellik: İletişim merkezine özgü ayrıcalıklar
  Her yönetici rolünün Webex Contact Center'da neler yapabileceği, yöneticinin nereden geldiğine
  bağlıdır: müşteri kuruluşu, aboneliği yöneten iş ortağı kuruluşu veya başka herhangi bir kuruluş.
  Salt okunur yönetici, aynı kuruluştaki tam yöneticiden asla fazlasını görmez.

  Geçmiş:
    Diyelim ki "İletişim merkezine özgü ayrıcalıklar" tablosu inceleniyor

  @cell
  Senaryo taslağı: Tam yönetici tüm iletişim merkezini yönetir, ancak hizmet rolünü harici yöneticilere yalnızca müşterinin kendi yöneticisi verir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Tam yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                   | ilişki                | erişim     | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Müşteri Organizasyonu | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Müşteri Organizasyonu | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                        | Müşteri Organizasyonu | Tam erişim | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Müşteri Organizasyonu | Tam erişim | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Müşteri Organizasyonu | Tam erişim | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Müşteri Organizasyonu | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                              | Müşteri Organizasyonu | Tam erişim | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Ortak Kuruluş         | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Ortak Kuruluş         | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                        | Ortak Kuruluş         | Tam erişim | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Ortak Kuruluş         | Tam erişim | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Ortak Kuruluş         | Yok        | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Ortak Kuruluş         | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                              | Ortak Kuruluş         | Tam erişim | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Diğer Kuruluşlar      | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Diğer Kuruluşlar      | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                        | Diğer Kuruluşlar      | Tam erişim | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Diğer Kuruluşlar      | Tam erişim | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Diğer Kuruluşlar      | Yok        | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Diğer Kuruluşlar      | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                              | Diğer Kuruluşlar      | Tam erişim | -      |

  @cell
  Senaryo taslağı: İletişim Merkezi Hizmet Yöneticisi hizmeti yürütür ama kullanıcılarını yönetmez
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                   | ilişki                | erişim      | kapsam                             |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Müşteri Organizasyonu | Tam erişim  | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Müşteri Organizasyonu | Yok         | -                                  |
      | Etkinleştirme e-postası gönderme                                                        | Müşteri Organizasyonu | Tam erişim  | -                                  |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Müşteri Organizasyonu | Tam erişim  | -                                  |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Müşteri Organizasyonu | Tam erişim  | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Müşteri Organizasyonu | Tam erişim  | Yalnızca diğer hizmet yöneticileri |
      | Çalışma saatlerini yönetme                                                              | Müşteri Organizasyonu | Tam erişim  | -                                  |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Etkinleştirme e-postası gönderme                                                        | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Çalışma saatlerini yönetme                                                              | Ortak Kuruluş         | Uygulanamaz | -                                  |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Diğer Kuruluşlar      | Tam erişim  | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Diğer Kuruluşlar      | Yok         | -                                  |
      | Etkinleştirme e-postası gönderme                                                        | Diğer Kuruluşlar      | Tam erişim  | -                                  |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Diğer Kuruluşlar      | Tam erişim  | -                                  |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Diğer Kuruluşlar      | Yok         | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Diğer Kuruluşlar      | Tam erişim  | Yalnızca diğer hizmet yöneticileri |
      | Çalışma saatlerini yönetme                                                              | Diğer Kuruluşlar      | Tam erişim  | -                                  |

  @cell
  Senaryo taslağı: İş ortağı kuruluşunun sağlama yöneticisi özellikleri yönetir ve diğer harici yöneticileri görür
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                   | ilişki                | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                        | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Müşteri Organizasyonu | Uygulanamaz | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                              | Müşteri Organizasyonu | Uygulanamaz | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Ortak Kuruluş         | Tam erişim  | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Ortak Kuruluş         | Yok         | -      |
      | Etkinleştirme e-postası gönderme                                                        | Ortak Kuruluş         | Yok         | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Ortak Kuruluş         | Yok         | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Ortak Kuruluş         | Yok         | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Ortak Kuruluş         | Tam erişim  | -      |
      | Çalışma saatlerini yönetme                                                              | Ortak Kuruluş         | Tam erişim  | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                        | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                              | Diğer Kuruluşlar      | Uygulanamaz | -      |

  @cell
  Senaryo taslağı: Müşteri kuruluşunun salt okunur yöneticisi iletişim merkezine erişemez, harici olan yalnızca okur
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Salt okunur yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                   | ilişki                | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Müşteri Organizasyonu | Yok         | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Müşteri Organizasyonu | Yok         | -      |
      | Etkinleştirme e-postası gönderme                                                        | Müşteri Organizasyonu | Yok         | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Müşteri Organizasyonu | Yok         | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Müşteri Organizasyonu | Yok         | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Müşteri Organizasyonu | Yok         | -      |
      | Çalışma saatlerini yönetme                                                              | Müşteri Organizasyonu | Yok         | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Ortak Kuruluş         | Salt Okunur | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Ortak Kuruluş         | Salt Okunur | -      |
      | Etkinleştirme e-postası gönderme                                                        | Ortak Kuruluş         | Salt Okunur | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Ortak Kuruluş         | Salt Okunur | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Ortak Kuruluş         | Yok         | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Ortak Kuruluş         | Salt Okunur | -      |
      | Çalışma saatlerini yönetme                                                              | Ortak Kuruluş         | Salt Okunur | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Diğer Kuruluşlar      | Salt Okunur | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Diğer Kuruluşlar      | Salt Okunur | -      |
      | Etkinleştirme e-postası gönderme                                                        | Diğer Kuruluşlar      | Salt Okunur | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Diğer Kuruluşlar      | Salt Okunur | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Diğer Kuruluşlar      | Yok         | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Diğer Kuruluşlar      | Salt Okunur | -      |
      | Çalışma saatlerini yönetme                                                              | Diğer Kuruluşlar      | Salt Okunur | -      |

  @cell
  Senaryo taslağı: Süpervizör çalışma saatlerini yönetir, başka hiçbir şeyi değil
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Süpervizör" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                   | ilişki                | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Müşteri Organizasyonu | Yok         | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Müşteri Organizasyonu | Yok         | -      |
      | Etkinleştirme e-postası gönderme                                                        | Müşteri Organizasyonu | Yok         | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Müşteri Organizasyonu | Yok         | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Müşteri Organizasyonu | Yok         | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Müşteri Organizasyonu | Yok         | -      |
      | Çalışma saatlerini yönetme                                                              | Müşteri Organizasyonu | Tam erişim  | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Ortak Kuruluş         | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Ortak Kuruluş         | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                        | Ortak Kuruluş         | Uygulanamaz | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Ortak Kuruluş         | Uygulanamaz | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Ortak Kuruluş         | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Ortak Kuruluş         | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                              | Ortak Kuruluş         | Uygulanamaz | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                              | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleyin veya kaldırın                               | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                        | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Kullanıcılara iletişim merkezi lisansları atayın, düzenleyin veya kaldırın              | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | İletişim Merkezi Hizmet Yöneticisi rolünü harici yöneticilerden ekleyin veya iptal edin | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                        | Diğer Kuruluşlar      | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                              | Diğer Kuruluşlar      | Uygulanamaz | -      |
