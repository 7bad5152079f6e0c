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
      | yetki                  | ilişki             | erişim      | kapsam                                                                         |
      | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Başka bir kuruluş  | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Lisanslar              | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Kayıtlar ve transkript | Müşteri kuruluşu   | Erişim yok  | -                                                                              |
      | Kayıtlar ve transkript | İş ortağı kuruluşu | Erişim yok  | -                                                                              |
      | Kayıtlar ve transkript | Başka bir kuruluş  | Erişim yok  | -                                                                              |

  @cell
  Senaryo taslağı: Webex kullanıcı yöneticisi sitelerinin kullanıcılarını ve lisanslarını yönetir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Webex Kullanıcı Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki             | erişim      | kapsam                                                                         |
      | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Kullanıcı Yönetimi     | Başka bir kuruluş  | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Lisanslar              | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Lisanslar              | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | Müşteri kuruluşu   | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | İş ortağı kuruluşu | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Rol atama              | Başka bir kuruluş  | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Müşteri kuruluşu   | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | İş ortağı kuruluşu | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Site Yapılandırması    | Başka bir kuruluş  | Salt Okunur | Yalnızca atanan Webex siteleri için                                            |
      | Kayıtlar ve transkript | Müşteri kuruluşu   | Erişim yok  | -                                                                              |
      | Kayıtlar ve transkript | İş ortağı kuruluşu | Erişim yok  | -                                                                              |
      | Kayıtlar ve transkript | Başka bir kuruluş  | Erişim yok  | -                                                                              |

  @cell
  Senaryo taslağı: Webex salt okunur yönetici yalnızca bakar
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Webex Salt Okunur Yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki             | erişim      | kapsam                              |
      | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Salt Okunur | -                                   |
      | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Salt Okunur | -                                   |
      | Kullanıcı Yönetimi     | Başka bir kuruluş  | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                   |
      | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                   |
      | Lisanslar              | Müşteri kuruluşu   | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Lisanslar              | İş ortağı kuruluşu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Lisanslar              | Başka bir kuruluş  | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rol atama              | Müşteri kuruluşu   | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rol atama              | İş ortağı kuruluşu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Rol atama              | Başka bir kuruluş  | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | Müşteri kuruluşu   | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | İş ortağı kuruluşu | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Site Yapılandırması    | Başka bir kuruluş  | Salt Okunur | Yalnızca atanan Webex siteleri için |
      | Kayıtlar ve transkript | Müşteri kuruluşu   | Erişim yok  | -                                   |
      | Kayıtlar ve transkript | İş ortağı kuruluşu | Erişim yok  | -                                   |
      | Kayıtlar ve transkript | Başka bir kuruluş  | Erişim yok  | -                                   |

  @cell
  Senaryo taslağı: Toplantı İçeriği Yöneticisi anahtarı tek başına hiçbir şey vermez
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Toplantı İçeriği Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                  | ilişki             | erişim     | kapsam |
      | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Erişim yok | -      |
      | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Erişim yok | -      |
      | Kullanıcı Yönetimi     | Başka bir kuruluş  | Erişim yok | -      |
      | Analizler ve Raporlar  | Müşteri kuruluşu   | Erişim yok | -      |
      | Analizler ve Raporlar  | İş ortağı kuruluşu | Erişim yok | -      |
      | Analizler ve Raporlar  | Başka bir kuruluş  | Erişim yok | -      |
      | Lisanslar              | Müşteri kuruluşu   | Erişim yok | -      |
      | Lisanslar              | İş ortağı kuruluşu | Erişim yok | -      |
      | Lisanslar              | Başka bir kuruluş  | Erişim yok | -      |
      | Rol atama              | Müşteri kuruluşu   | Erişim yok | -      |
      | Rol atama              | İş ortağı kuruluşu | Erişim yok | -      |
      | Rol atama              | Başka bir kuruluş  | Erişim yok | -      |
      | Site Yapılandırması    | Müşteri kuruluşu   | Erişim yok | -      |
      | Site Yapılandırması    | İş ortağı kuruluşu | Erişim yok | -      |
      | Site Yapılandırması    | Başka bir kuruluş  | Erişim yok | -      |
      | Kayıtlar ve transkript | Müşteri kuruluşu   | Erişim yok | -      |
      | Kayıtlar ve transkript | İş ortağı kuruluşu | Erişim yok | -      |
      | Kayıtlar ve transkript | Başka bir kuruluş  | Erişim yok | -      |

  @cell
  Senaryo taslağı: Toplantı İçeriği Yöneticisi anahtarı açılan site yöneticisi kayıtlara ve transkriptlere erişir
    Diyelim ki kuruluş ilişkisi "<ilişki>" olan bir yöneticinin "Toplantı İçeriği Yöneticisi" rolü var
    Ve yöneticinin ayrıca "<site rolü>" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | site rolü                  | yetki                  | ilişki             | erişim      | kapsam                                                                         |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Site Yöneticisi      | Kullanıcı Yönetimi     | Başka bir kuruluş  | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Kullanıcı Yöneticisi | Kullanıcı Yönetimi     | Başka bir kuruluş  | Tam erişim  | Kullanıcı Ayarları. Control Hub kuruluşuna kullanıcı eklenemez veya silinemez. |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Kullanıcı Yönetimi     | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Webex Kullanıcı Yöneticisi | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | Müşteri kuruluşu   | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | İş ortağı kuruluşu | Salt Okunur | -                                                                              |
      | Webex Salt Okunur Yönetici | Analizler ve Raporlar  | Başka bir kuruluş  | Salt Okunur | -                                                                              |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Site Yöneticisi      | Kayıtlar ve transkript | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Kullanıcı Yöneticisi | Kayıtlar ve transkript | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | Müşteri kuruluşu   | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | İş ortağı kuruluşu | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
      | Webex Salt Okunur Yönetici | Kayıtlar ve transkript | Başka bir kuruluş  | Tam erişim  | Yalnızca atanan Webex siteleri için                                            |
