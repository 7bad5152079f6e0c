# language: tr
@organization_roles
Özellik: Kuruluş rolleri
  Müşteri kuruluşunun tamamını kapsayan yönetici rolleri ve her birinin Control Hub'da neler
  yapabileceği. Bu rollere yalnızca müşteri kuruluşunun üyeleri sahip olur; bir kullanıcının birden
  fazla rolü olabilir ve bu durumda rollerinden herhangi birinin verdiği en güçlü erişime sahip
  olur.

  Geçmiş:
    Diyelim ki "Kuruluş rolleri" tablosu inceleniyor

  @cell
  Senaryo taslağı: Tam yönetici kuruluştaki neredeyse her şeyi yönetir
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Tam yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Tam erişim |
      | Kullanıcılara roller atama                      | Tam erişim |
      | Cihaz yönetimi                                  | Tam erişim |
      | Şirket politikası ve şablonlar                  | Tam erişim |
      | Analitik ve raporlar                            | Tam erişim |
      | Sorun Giderme                                   | Tam erişim |
      | Lisanslar ve yükseltmeler                       | Tam erişim |
      | Kuruluş ayarları                                | Tam erişim |
      | Uygulama entegrasyonları                        | Tam erişim |
      | Webex sitesi yönetimi                           | Tam erişim |
      | Yönetici eylemleri denetleme günlüğü            | Tam erişim |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok |
      | Yasal bekletme                                  | Erişim yok |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Tam erişim |

  @cell
  Senaryo taslağı: Salt okunur yönetici kuruluşu görür ama hiçbir şeyi değiştirmez
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Salt okunur yönetici" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim      |
      | Kullanıcı ekleme/silme ve lisans atama          | Salt Okunur |
      | Kullanıcılara roller atama                      | Salt Okunur |
      | Cihaz yönetimi                                  | Salt Okunur |
      | Şirket politikası ve şablonlar                  | Salt Okunur |
      | Analitik ve raporlar                            | Salt Okunur |
      | Sorun Giderme                                   | Salt Okunur |
      | Lisanslar ve yükseltmeler                       | Salt Okunur |
      | Kuruluş ayarları                                | Salt Okunur |
      | Uygulama entegrasyonları                        | Salt Okunur |
      | Webex sitesi yönetimi                           | Salt Okunur |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok  |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok  |
      | Yasal bekletme                                  | Erişim yok  |
      | Devam eden toplantılara katılma erişimi         | Erişim yok  |
      | Canlı toplantılara erişim                       | Erişim yok  |
      | Ürün e-posta bildirimleri                       | Erişim yok  |

  @cell
  Senaryo taslağı: Destek yöneticisi analitiği ve sorun gidermeyi görür
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Destek yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Erişim yok |
      | Kullanıcılara roller atama                      | Erişim yok |
      | Cihaz yönetimi                                  | Erişim yok |
      | Şirket politikası ve şablonlar                  | Erişim yok |
      | Analitik ve raporlar                            | Tam erişim |
      | Sorun Giderme                                   | Tam erişim |
      | Lisanslar ve yükseltmeler                       | Erişim yok |
      | Kuruluş ayarları                                | Erişim yok |
      | Uygulama entegrasyonları                        | Erişim yok |
      | Webex sitesi yönetimi                           | Erişim yok |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok |
      | Yasal bekletme                                  | Erişim yok |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Erişim yok |

  @cell
  Senaryo taslağı: Kullanıcı ve cihaz yöneticisi kullanıcıları, lisanslarını ve cihazları yönetir
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Kullanıcı ve cihaz yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Tam erişim |
      | Kullanıcılara roller atama                      | Erişim yok |
      | Cihaz yönetimi                                  | Tam erişim |
      | Şirket politikası ve şablonlar                  | Erişim yok |
      | Analitik ve raporlar                            | Erişim yok |
      | Sorun Giderme                                   | Erişim yok |
      | Lisanslar ve yükseltmeler                       | Tam erişim |
      | Kuruluş ayarları                                | Erişim yok |
      | Uygulama entegrasyonları                        | Erişim yok |
      | Webex sitesi yönetimi                           | Erişim yok |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok |
      | Yasal bekletme                                  | Erişim yok |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Erişim yok |

  @cell
  Senaryo taslağı: Cihaz yöneticisi yalnızca cihazları yönetir
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Cihaz yöneticisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Erişim yok |
      | Kullanıcılara roller atama                      | Erişim yok |
      | Cihaz yönetimi                                  | Tam erişim |
      | Şirket politikası ve şablonlar                  | Erişim yok |
      | Analitik ve raporlar                            | Erişim yok |
      | Sorun Giderme                                   | Erişim yok |
      | Lisanslar ve yükseltmeler                       | Erişim yok |
      | Kuruluş ayarları                                | Erişim yok |
      | Uygulama entegrasyonları                        | Erişim yok |
      | Webex sitesi yönetimi                           | Erişim yok |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok |
      | Yasal bekletme                                  | Erişim yok |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Erişim yok |

  @cell
  Senaryo taslağı: Uyum görevlisi kullanıcı içeriğine ve yasal bekletmeye erişir
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Uyum görevlisi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Erişim yok |
      | Kullanıcılara roller atama                      | Erişim yok |
      | Cihaz yönetimi                                  | Erişim yok |
      | Şirket politikası ve şablonlar                  | Erişim yok |
      | Analitik ve raporlar                            | Erişim yok |
      | Sorun Giderme                                   | Erişim yok |
      | Lisanslar ve yükseltmeler                       | Erişim yok |
      | Kuruluş ayarları                                | Erişim yok |
      | Uygulama entegrasyonları                        | Erişim yok |
      | Webex sitesi yönetimi                           | Erişim yok |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Tam erişim |
      | Yasal bekletme                                  | Tam erişim |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Erişim yok |

  @cell
  Senaryo taslağı: Gelişmiş sorun giderme erişimi tek başına hiçbir şey vermez
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Gelişmiş Sorun Giderme Erişimi" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | yetki                                           | erişim     |
      | Kullanıcı ekleme/silme ve lisans atama          | Erişim yok |
      | Kullanıcılara roller atama                      | Erişim yok |
      | Cihaz yönetimi                                  | Erişim yok |
      | Şirket politikası ve şablonlar                  | Erişim yok |
      | Analitik ve raporlar                            | Erişim yok |
      | Sorun Giderme                                   | Erişim yok |
      | Lisanslar ve yükseltmeler                       | Erişim yok |
      | Kuruluş ayarları                                | Erişim yok |
      | Uygulama entegrasyonları                        | Erişim yok |
      | Webex sitesi yönetimi                           | Erişim yok |
      | Yönetici eylemleri denetleme günlüğü            | Erişim yok |
      | Kullanıcı tarafından oluşturulan içeriğe erişim | Erişim yok |
      | Yasal bekletme                                  | Erişim yok |
      | Devam eden toplantılara katılma erişimi         | Erişim yok |
      | Canlı toplantılara erişim                       | Erişim yok |
      | Ürün e-posta bildirimleri                       | Erişim yok |

  @cell
  Senaryo taslağı: Gelişmiş sorun giderme erişimi, başka bir rolü de olan yöneticiye canlı toplantıları açar
    Diyelim ki kuruluş ilişkisi "Müşteri kuruluşu" olan bir yöneticinin "Gelişmiş Sorun Giderme Erişimi" rolü var
    Ve yöneticinin ayrıca "<diğer rol>" rolü var
    O zaman "<yetki>" yetkisi için erişim düzeyi "<erişim>" olmalı

    Örnekler:
      | diğer rol            | yetki                                   | erişim     |
      | Tam yönetici         | Canlı toplantılara erişim               | Tam erişim |
      | Salt okunur yönetici | Canlı toplantılara erişim               | Tam erişim |
      | Destek yöneticisi    | Canlı toplantılara erişim               | Tam erişim |
      | Tam yönetici         | Devam eden toplantılara katılma erişimi | Tam erişim |
      | Salt okunur yönetici | Devam eden toplantılara katılma erişimi | Erişim yok |
      | Destek yöneticisi    | Devam eden toplantılara katılma erişimi | Erişim yok |
