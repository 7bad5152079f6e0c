# language: da
@organization_roles
Egenskab: Organisationsroller
  De administratorroller, der gælder for hele kundeorganisationen, og hvad hver af dem må i Control
  Hub. Kun medlemmer af kundeorganisationen har disse roller; en bruger kan have flere og har så den
  stærkeste adgang, som nogen af dem giver.

  Baggrund:
    Givet tabellen "Organisationsroller"

  @cell
  Abstrakt Scenario: En administrator med fulde rettigheder administrerer næsten alt i organisationen
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med fulde rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang      |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Fuld adgang |
      | Tildeling af roller til brugere                         | Fuld adgang |
      | Enhedsadministration                                    | Fuld adgang |
      | Virksomhedspolitik og skabeloner                        | Fuld adgang |
      | Analyser og rapporter                                   | Fuld adgang |
      | Fejlfinding                                             | Fuld adgang |
      | Licenser og opgraderinger                               | Fuld adgang |
      | Organisationsindstillinger                              | Fuld adgang |
      | Appintegrationer                                        | Fuld adgang |
      | Administration af Webex-websteder                       | Fuld adgang |
      | Revisionslog over administratorhandlinger               | Fuld adgang |
      | Adgang til brugergenereret indhold                      | Ingen       |
      | Juridisk tilbageholdelse                                | Ingen       |
      | Adgang til at deltage i igangværende møder              | Ingen       |
      | Adgang til livemøder                                    | Ingen       |
      | Produktmeddelelser via e-mail                           | Fuld adgang |

  @cell
  Abstrakt Scenario: En skrivebeskyttet administrator ser organisationen, men ændrer intet
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Administrator med skrivebeskyttede rettigheder"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang          |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Skrivebeskyttet |
      | Tildeling af roller til brugere                         | Skrivebeskyttet |
      | Enhedsadministration                                    | Skrivebeskyttet |
      | Virksomhedspolitik og skabeloner                        | Skrivebeskyttet |
      | Analyser og rapporter                                   | Skrivebeskyttet |
      | Fejlfinding                                             | Skrivebeskyttet |
      | Licenser og opgraderinger                               | Skrivebeskyttet |
      | Organisationsindstillinger                              | Skrivebeskyttet |
      | Appintegrationer                                        | Skrivebeskyttet |
      | Administration af Webex-websteder                       | Skrivebeskyttet |
      | Revisionslog over administratorhandlinger               | Ingen           |
      | Adgang til brugergenereret indhold                      | Ingen           |
      | Juridisk tilbageholdelse                                | Ingen           |
      | Adgang til at deltage i igangværende møder              | Ingen           |
      | Adgang til livemøder                                    | Ingen           |
      | Produktmeddelelser via e-mail                           | Ingen           |

  @cell
  Abstrakt Scenario: En supportadministrator ser analyser og fejlfinding
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Supportadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang      |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Ingen       |
      | Tildeling af roller til brugere                         | Ingen       |
      | Enhedsadministration                                    | Ingen       |
      | Virksomhedspolitik og skabeloner                        | Ingen       |
      | Analyser og rapporter                                   | Fuld adgang |
      | Fejlfinding                                             | Fuld adgang |
      | Licenser og opgraderinger                               | Ingen       |
      | Organisationsindstillinger                              | Ingen       |
      | Appintegrationer                                        | Ingen       |
      | Administration af Webex-websteder                       | Ingen       |
      | Revisionslog over administratorhandlinger               | Ingen       |
      | Adgang til brugergenereret indhold                      | Ingen       |
      | Juridisk tilbageholdelse                                | Ingen       |
      | Adgang til at deltage i igangværende møder              | Ingen       |
      | Adgang til livemøder                                    | Ingen       |
      | Produktmeddelelser via e-mail                           | Ingen       |

  @cell
  Abstrakt Scenario: En bruger- og enhedsadministrator administrerer brugere, deres licenser og enheder
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Bruger- og enhedsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang      |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Fuld adgang |
      | Tildeling af roller til brugere                         | Ingen       |
      | Enhedsadministration                                    | Fuld adgang |
      | Virksomhedspolitik og skabeloner                        | Ingen       |
      | Analyser og rapporter                                   | Ingen       |
      | Fejlfinding                                             | Ingen       |
      | Licenser og opgraderinger                               | Fuld adgang |
      | Organisationsindstillinger                              | Ingen       |
      | Appintegrationer                                        | Ingen       |
      | Administration af Webex-websteder                       | Ingen       |
      | Revisionslog over administratorhandlinger               | Ingen       |
      | Adgang til brugergenereret indhold                      | Ingen       |
      | Juridisk tilbageholdelse                                | Ingen       |
      | Adgang til at deltage i igangværende møder              | Ingen       |
      | Adgang til livemøder                                    | Ingen       |
      | Produktmeddelelser via e-mail                           | Ingen       |

  @cell
  Abstrakt Scenario: En enhedsadministrator administrerer kun enheder
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Enhedsadministrator"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang      |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Ingen       |
      | Tildeling af roller til brugere                         | Ingen       |
      | Enhedsadministration                                    | Fuld adgang |
      | Virksomhedspolitik og skabeloner                        | Ingen       |
      | Analyser og rapporter                                   | Ingen       |
      | Fejlfinding                                             | Ingen       |
      | Licenser og opgraderinger                               | Ingen       |
      | Organisationsindstillinger                              | Ingen       |
      | Appintegrationer                                        | Ingen       |
      | Administration af Webex-websteder                       | Ingen       |
      | Revisionslog over administratorhandlinger               | Ingen       |
      | Adgang til brugergenereret indhold                      | Ingen       |
      | Juridisk tilbageholdelse                                | Ingen       |
      | Adgang til at deltage i igangværende møder              | Ingen       |
      | Adgang til livemøder                                    | Ingen       |
      | Produktmeddelelser via e-mail                           | Ingen       |

  @cell
  Abstrakt Scenario: En compliance-ansvarlig når brugergenereret indhold og juridisk tilbageholdelse
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Compliance-ansvarlig"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang      |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Ingen       |
      | Tildeling af roller til brugere                         | Ingen       |
      | Enhedsadministration                                    | Ingen       |
      | Virksomhedspolitik og skabeloner                        | Ingen       |
      | Analyser og rapporter                                   | Ingen       |
      | Fejlfinding                                             | Ingen       |
      | Licenser og opgraderinger                               | Ingen       |
      | Organisationsindstillinger                              | Ingen       |
      | Appintegrationer                                        | Ingen       |
      | Administration af Webex-websteder                       | Ingen       |
      | Revisionslog over administratorhandlinger               | Ingen       |
      | Adgang til brugergenereret indhold                      | Fuld adgang |
      | Juridisk tilbageholdelse                                | Fuld adgang |
      | Adgang til at deltage i igangværende møder              | Ingen       |
      | Adgang til livemøder                                    | Ingen       |
      | Produktmeddelelser via e-mail                           | Ingen       |

  @cell
  Abstrakt Scenario: Avanceret fejlfindingsadgang alene giver ingenting
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Avanceret fejlfindingsadgang"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | rettighed                                               | adgang |
      | Tilføjelse/sletning af brugere og tildeling af licenser | Ingen  |
      | Tildeling af roller til brugere                         | Ingen  |
      | Enhedsadministration                                    | Ingen  |
      | Virksomhedspolitik og skabeloner                        | Ingen  |
      | Analyser og rapporter                                   | Ingen  |
      | Fejlfinding                                             | Ingen  |
      | Licenser og opgraderinger                               | Ingen  |
      | Organisationsindstillinger                              | Ingen  |
      | Appintegrationer                                        | Ingen  |
      | Administration af Webex-websteder                       | Ingen  |
      | Revisionslog over administratorhandlinger               | Ingen  |
      | Adgang til brugergenereret indhold                      | Ingen  |
      | Juridisk tilbageholdelse                                | Ingen  |
      | Adgang til at deltage i igangværende møder              | Ingen  |
      | Adgang til livemøder                                    | Ingen  |
      | Produktmeddelelser via e-mail                           | Ingen  |

  @cell
  Abstrakt Scenario: Avanceret fejlfindingsadgang åbner livemøder for en administrator, der også har en anden rolle
    Givet en administrator med tilknytningen "Kundeorganisation" og rollen "Avanceret fejlfindingsadgang"
    Og administratoren har også rollen "<anden rolle>"
    Så skal adgangen til rettigheden "<rettighed>" være "<adgang>"

    Eksempler:
      | anden rolle                                    | rettighed                                  | adgang      |
      | Administrator med fulde rettigheder            | Adgang til livemøder                       | Fuld adgang |
      | Administrator med skrivebeskyttede rettigheder | Adgang til livemøder                       | Fuld adgang |
      | Supportadministrator                           | Adgang til livemøder                       | Fuld adgang |
      | Administrator med fulde rettigheder            | Adgang til at deltage i igangværende møder | Fuld adgang |
      | Administrator med skrivebeskyttede rettigheder | Adgang til at deltage i igangværende møder | Ingen       |
      | Supportadministrator                           | Adgang til at deltage i igangværende møder | Ingen       |
