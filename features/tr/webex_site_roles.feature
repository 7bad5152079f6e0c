# language: tr
@webex_site_roles
Özellik: Webex sitesi yöneticisi rolleri
  Webex site rolleri her Webex sitesi için ayrı atanır. Site yöneticisi, kullanıcı yöneticisi ve
  salt okunur yönetici müşteri kuruluşundan, iş ortağı kuruluşundan veya başka herhangi bir
  kuruluştan gelebilir ve nereden gelirlerse gelsinler aynı erişime sahiptir. Kaynak tablodaki
  yıldızlı satırlar yalnızca yöneticiye atanan siteler için geçerlidir. Toplantı İçeriği Yöneticisi,
  diğer üç rolden birinin üzerindeki bir anahtardır.

  Geçmiş:
    Diyelim ki "Webex sitesi yöneticisi rolleri" tablosu inceleniyor

  @cell
  Senaryo taslağı: Webex site yöneticisi kendisine atanan siteleri yönetir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Webex Site Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki                | erişim      | kapsam                                                                         |
      | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Ortak Kuruluş         | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Lisanslar              | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Kayıtlar ve transkript | Müşteri Organizasyonu | Yok         | -                                                                              |
      | Kayıtlar ve transkript | Ortak Kuruluş         | Yok         | -                                                                              |
      | Kayıtlar ve transkript | Diğer Kuruluşlar      | Yok         | -                                                                              |

  @cell
  Senaryo taslağı: Webex kullanıcı yöneticisi sitelerinin kullanıcılarını ve lisanslarını yönetir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Webex Kullanıcı Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki                | erişim      | kapsam                                                                         |
      | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Ortak Kuruluş         | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Lisanslar              | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Müşteri Organizasyonu | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Ortak Kuruluş         | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Rolleri Ata            | Diğer Kuruluşlar      | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Müşteri Organizasyonu | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Ortak Kuruluş         | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Diğer Kuruluşlar      | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Kayıtlar ve transkript | Müşteri Organizasyonu | Yok         | -                                                                              |
      | Kayıtlar ve transkript | Ortak Kuruluş         | Yok         | -                                                                              |
      | Kayıtlar ve transkript | Diğer Kuruluşlar      | Yok         | -                                                                              |

  @cell
  Senaryo taslağı: Webex salt okunur yönetici yalnızca bakar
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Webex Salt Okunur Yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki                | erişim      | kapsam                              |
      | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Salt Okunur | -                                   |
      | Kullanıcı Yönetimi     | Ortak Kuruluş         | Salt Okunur | -                                   |
      | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                   |
      | Lisanslar              | Müşteri Organizasyonu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Lisanslar              | Ortak Kuruluş         | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Lisanslar              | Diğer Kuruluşlar      | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rolleri Ata            | Müşteri Organizasyonu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rolleri Ata            | Ortak Kuruluş         | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rolleri Ata            | Diğer Kuruluşlar      | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | Müşteri Organizasyonu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | Ortak Kuruluş         | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | Diğer Kuruluşlar      | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Kayıtlar ve transkript | Müşteri Organizasyonu | Yok         | -                                   |
      | Kayıtlar ve transkript | Ortak Kuruluş         | Yok         | -                                   |
      | Kayıtlar ve transkript | Diğer Kuruluşlar      | Yok         | -                                   |

  @cell
  Senaryo taslağı: Toplantı İçeriği Yöneticisi anahtarı tek başına hiçbir şey vermez
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Toplantı İçeriği Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki                | erişim | kapsam |
      | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Yok    | -      |
      | Kullanıcı Yönetimi     | Ortak Kuruluş         | Yok    | -      |
      | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Yok    | -      |
      | Analizler ve Raporlar  | Müşteri Organizasyonu | Yok    | -      |
      | Analizler ve Raporlar  | Ortak Kuruluş         | Yok    | -      |
      | Analizler ve Raporlar  | Diğer Kuruluşlar      | Yok    | -      |
      | Lisanslar              | Müşteri Organizasyonu | Yok    | -      |
      | Lisanslar              | Ortak Kuruluş         | Yok    | -      |
      | Lisanslar              | Diğer Kuruluşlar      | Yok    | -      |
      | Rolleri Ata            | Müşteri Organizasyonu | Yok    | -      |
      | Rolleri Ata            | Ortak Kuruluş         | Yok    | -      |
      | Rolleri Ata            | Diğer Kuruluşlar      | Yok    | -      |
      | Site Yapılandırması    | Müşteri Organizasyonu | Yok    | -      |
      | Site Yapılandırması    | Ortak Kuruluş         | Yok    | -      |
      | Site Yapılandırması    | Diğer Kuruluşlar      | Yok    | -      |
      | Kayıtlar ve transkript | Müşteri Organizasyonu | Yok    | -      |
      | Kayıtlar ve transkript | Ortak Kuruluş         | Yok    | -      |
      | Kayıtlar ve transkript | Diğer Kuruluşlar      | Yok    | -      |

  @cell
  Senaryo taslağı: Toplantı İçeriği Yöneticisi anahtarı açılan site yöneticisi kayıtlara ve transkriptlere erişir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Toplantı İçeriği Yöneticisi" rolü var
    Ve yöneticinin ayrıca "<site rolü>" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | site rolü                  | yetki                  | ilişki                | erişim      | kapsam                                                                         |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | Ortak Kuruluş         | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | Ortak Kuruluş         | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | Müşteri Organizasyonu | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | Ortak Kuruluş         | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | Diğer Kuruluşlar      | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | Müşteri Organizasyonu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | Ortak Kuruluş         | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | Diğer Kuruluşlar      | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
