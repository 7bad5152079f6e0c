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
      | yetki                                                                                      | ilişki             | erişim     | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Müşteri kuruluşu   | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Müşteri kuruluşu   | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                           | Müşteri kuruluşu   | Tam erişim | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Müşteri kuruluşu   | Tam erişim | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Müşteri kuruluşu   | Tam erişim | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Müşteri kuruluşu   | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                                 | Müşteri kuruluşu   | Tam erişim | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | İş ortağı kuruluşu | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | İş ortağı kuruluşu | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                           | İş ortağı kuruluşu | Tam erişim | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | İş ortağı kuruluşu | Tam erişim | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | İş ortağı kuruluşu | Erişim yok | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | İş ortağı kuruluşu | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                                 | İş ortağı kuruluşu | Tam erişim | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Başka bir kuruluş  | Tam erişim | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Başka bir kuruluş  | Tam erişim | -      |
      | Etkinleştirme e-postası gönderme                                                           | Başka bir kuruluş  | Tam erişim | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Başka bir kuruluş  | Tam erişim | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Başka bir kuruluş  | Erişim yok | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Başka bir kuruluş  | Tam erişim | -      |
      | Çalışma saatlerini yönetme                                                                 | Başka bir kuruluş  | Tam erişim | -      |

  @cell
  Senaryo taslağı: İletişim Merkezi Hizmet Yöneticisi hizmeti yürütür ama kullanıcılarını yönetmez
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "İletişim Merkezi Hizmet Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                      | ilişki             | erişim      | kapsam                             |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Müşteri kuruluşu   | Tam erişim  | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Müşteri kuruluşu   | Erişim yok  | -                                  |
      | Etkinleştirme e-postası gönderme                                                           | Müşteri kuruluşu   | Tam erişim  | -                                  |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Müşteri kuruluşu   | Tam erişim  | -                                  |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Müşteri kuruluşu   | Tam erişim  | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Müşteri kuruluşu   | Tam erişim  | Yalnızca diğer hizmet yöneticileri |
      | Çalışma saatlerini yönetme                                                                 | Müşteri kuruluşu   | Tam erişim  | -                                  |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Etkinleştirme e-postası gönderme                                                           | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Çalışma saatlerini yönetme                                                                 | İş ortağı kuruluşu | Uygulanamaz | -                                  |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Başka bir kuruluş  | Tam erişim  | -                                  |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Başka bir kuruluş  | Erişim yok  | -                                  |
      | Etkinleştirme e-postası gönderme                                                           | Başka bir kuruluş  | Tam erişim  | -                                  |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Başka bir kuruluş  | Tam erişim  | -                                  |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Başka bir kuruluş  | Erişim yok  | -                                  |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Başka bir kuruluş  | Tam erişim  | Yalnızca diğer hizmet yöneticileri |
      | Çalışma saatlerini yönetme                                                                 | Başka bir kuruluş  | Tam erişim  | -                                  |

  @cell
  Senaryo taslağı: İş ortağı kuruluşunun sağlama yöneticisi özellikleri yönetir ve diğer harici yöneticileri görür
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                      | ilişki             | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                           | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                                 | Müşteri kuruluşu   | Uygulanamaz | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | İş ortağı kuruluşu | Tam erişim  | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | İş ortağı kuruluşu | Erişim yok  | -      |
      | Etkinleştirme e-postası gönderme                                                           | İş ortağı kuruluşu | Erişim yok  | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | İş ortağı kuruluşu | Erişim yok  | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | İş ortağı kuruluşu | Erişim yok  | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | İş ortağı kuruluşu | Tam erişim  | -      |
      | Çalışma saatlerini yönetme                                                                 | İş ortağı kuruluşu | Tam erişim  | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Başka bir kuruluş  | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Başka bir kuruluş  | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                           | Başka bir kuruluş  | Uygulanamaz | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Başka bir kuruluş  | Uygulanamaz | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Başka bir kuruluş  | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Başka bir kuruluş  | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                                 | Başka bir kuruluş  | Uygulanamaz | -      |

  @cell
  Senaryo taslağı: Müşteri kuruluşunun salt okunur yöneticisi iletişim merkezine erişemez, harici olan yalnızca okur
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Salt okunur yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                      | ilişki             | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Müşteri kuruluşu   | Erişim yok  | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Müşteri kuruluşu   | Erişim yok  | -      |
      | Etkinleştirme e-postası gönderme                                                           | Müşteri kuruluşu   | Erişim yok  | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Müşteri kuruluşu   | Erişim yok  | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Müşteri kuruluşu   | Erişim yok  | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Müşteri kuruluşu   | Erişim yok  | -      |
      | Çalışma saatlerini yönetme                                                                 | Müşteri kuruluşu   | Erişim yok  | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | İş ortağı kuruluşu | Salt Okunur | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | İş ortağı kuruluşu | Salt Okunur | -      |
      | Etkinleştirme e-postası gönderme                                                           | İş ortağı kuruluşu | Salt Okunur | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | İş ortağı kuruluşu | Salt Okunur | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | İş ortağı kuruluşu | Erişim yok  | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | İş ortağı kuruluşu | Salt Okunur | -      |
      | Çalışma saatlerini yönetme                                                                 | İş ortağı kuruluşu | Salt Okunur | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Başka bir kuruluş  | Salt Okunur | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Başka bir kuruluş  | Salt Okunur | -      |
      | Etkinleştirme e-postası gönderme                                                           | Başka bir kuruluş  | Salt Okunur | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Başka bir kuruluş  | Salt Okunur | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Başka bir kuruluş  | Erişim yok  | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Başka bir kuruluş  | Salt Okunur | -      |
      | Çalışma saatlerini yönetme                                                                 | Başka bir kuruluş  | Salt Okunur | -      |

  @cell
  Senaryo taslağı: Süpervizör çalışma saatlerini yönetir, başka hiçbir şeyi değil
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Süpervizör" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                                                                      | ilişki             | erişim      | kapsam |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Müşteri kuruluşu   | Erişim yok  | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Müşteri kuruluşu   | Erişim yok  | -      |
      | Etkinleştirme e-postası gönderme                                                           | Müşteri kuruluşu   | Erişim yok  | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Müşteri kuruluşu   | Erişim yok  | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Müşteri kuruluşu   | Erişim yok  | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Müşteri kuruluşu   | Erişim yok  | -      |
      | Çalışma saatlerini yönetme                                                                 | Müşteri kuruluşu   | Tam erişim  | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                           | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                                 | İş ortağı kuruluşu | Uygulanamaz | -      |
      | Tüm iletişim merkezi özelliklerini yönetme                                                 | Başka bir kuruluş  | Uygulanamaz | -      |
      | Müşteri kuruluşundaki kullanıcıları ekleme veya kaldırma                                   | Başka bir kuruluş  | Uygulanamaz | -      |
      | Etkinleştirme e-postası gönderme                                                           | Başka bir kuruluş  | Uygulanamaz | -      |
      | Kullanıcıların iletişim merkezi lisanslarını atama, düzenleme veya kaldırma                | Başka bir kuruluş  | Uygulanamaz | -      |
      | Harici yöneticilere İletişim Merkezi Hizmet Yöneticisi rolünü verme veya bu rolü geri alma | Başka bir kuruluş  | Uygulanamaz | -      |
      | Diğer harici yöneticilerin listesini görüntüleme                                           | Başka bir kuruluş  | Uygulanamaz | -      |
      | Çalışma saatlerini yönetme                                                                 | Başka bir kuruluş  | Uygulanamaz | -      |
