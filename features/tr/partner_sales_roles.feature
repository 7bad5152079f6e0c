# language: tr
@partner_sales_roles
Özellik: Tam satış yöneticisi ve satış yöneticisi rolleri
  Bir iş ortağı kuruluşunda tam satış yöneticileri iş ortağının tüm müşterilerini, satış
  yöneticileri ise kendilerine atanan müşterileri yönetir. Buradaki her yönetici, iş hangi kuruluşla
  ilgili olursa olsun, iş ortağı kuruluşunun üyesidir.

  Geçmiş:
    Diyelim ki "Tam satış yöneticisi ve satış yöneticisi rolleri" tablosu inceleniyor

  @cell
  Senaryo taslağı: İş ortağı kuruluşunun tam yöneticisi kuruluşu ve müşterilerini yönetir
    Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                          | erişim     | kapsam                                   |
      | Ortak kuruluş yönetimi                         | Tam erişim | -                                        |
      | Müşteri kuruluşu yönetimi                      | Tam erişim | Ortak kuruluşun yönettiği tüm müşteriler |
      | Satış yöneticisi rollerini atama               | Tam erişim | -                                        |
      | Ortak kuruluş için Webex siparişlerini sağlama | Tam erişim | -                                        |
      | Müşteriler için Webex siparişlerini sağlama    | Erişim yok | -                                        |
      | Webex denemelerini başlatma ve yönetme         | Tam erişim | -                                        |

  @cell
  Senaryo taslağı: Tam satış yöneticisi tüm müşterilere satış yapar
    Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Tam Satış Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                          | erişim     | kapsam                                   |
      | Ortak kuruluş yönetimi                         | Erişim yok | -                                        |
      | Müşteri kuruluşu yönetimi                      | Tam erişim | Ortak kuruluşun yönettiği tüm müşteriler |
      | Satış yöneticisi rollerini atama               | Tam erişim | -                                        |
      | Ortak kuruluş için Webex siparişlerini sağlama | Erişim yok | -                                        |
      | Müşteriler için Webex siparişlerini sağlama    | Tam erişim | -                                        |
      | Webex denemelerini başlatma ve yönetme         | Tam erişim | -                                        |

  @cell
  Senaryo taslağı: Satış yöneticisi kendisine atanan müşterilere satış yapar
    Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Satış Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                          | erişim     | kapsam                     |
      | Ortak kuruluş yönetimi                         | Erişim yok | -                          |
      | Müşteri kuruluşu yönetimi                      | Tam erişim | Yalnızca atanan müşteriler |
      | Satış yöneticisi rollerini atama               | Erişim yok | -                          |
      | Ortak kuruluş için Webex siparişlerini sağlama | Erişim yok | -                          |
      | Müşteriler için Webex siparişlerini sağlama    | Tam erişim | -                          |
      | Webex denemelerini başlatma ve yönetme         | Tam erişim | -                          |

  @cell
  Senaryo taslağı: Sağlama yöneticisi iş ortağının sattıklarını sağlar ve deneme başlatmaz
    Diyelim ki kuruluş ilişkisi "İş ortağı kuruluşu" olan bir yöneticinin "Sağlama Yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<kapsam>" kapsamıyla "<erişim>" olmalı

    Örnekler:
      | yetki                                          | erişim     | kapsam                              |
      | Ortak kuruluş yönetimi                         | Erişim yok | -                                   |
      | Müşteri kuruluşu yönetimi                      | Tam erişim | Yalnızca atanan müşteriler          |
      | Satış yöneticisi rollerini atama               | Erişim yok | -                                   |
      | Ortak kuruluş için Webex siparişlerini sağlama | Erişim yok | -                                   |
      | Müşteriler için Webex siparişlerini sağlama    | Tam erişim | İş ortağının sattığı hizmetler için |
      | Webex denemelerini başlatma ve yönetme         | Erişim yok | -                                   |
