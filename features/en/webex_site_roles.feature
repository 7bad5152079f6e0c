# language: en
@webex_site_roles
Feature: Webex site administrator roles
  Webex site roles are given per Webex site. A site administrator, a site user administrator and a
  site read-only administrator may come from the customer organization, from the partner
  organization or from any other organization, and have the same access wherever they come from.
  Rows marked with an asterisk in the source table apply only to the sites the administrator is
  assigned to. The meeting content administrator is a toggle on one of the other three roles.

  Background:
    Given the table "Webex site administrator roles"

  @cell
  Scenario Outline: A Webex site administrator runs the sites assigned to them
    Given an administrator from "<relation>" who holds "Webex Site Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                 | relation               | access    | scope                         |
      | User management            | Customer Organization  | Full      | User settings only            |
      | User management            | Partner Organization   | Full      | User settings only            |
      | User management            | Any Other Organization | Full      | User settings only            |
      | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Licenses                   | Customer Organization  | Full      | Only for assigned Webex sites |
      | Licenses                   | Partner Organization   | Full      | Only for assigned Webex sites |
      | Licenses                   | Any Other Organization | Full      | Only for assigned Webex sites |
      | Assign roles               | Customer Organization  | Full      | Only for assigned Webex sites |
      | Assign roles               | Partner Organization   | Full      | Only for assigned Webex sites |
      | Assign roles               | Any Other Organization | Full      | Only for assigned Webex sites |
      | Site configuration         | Customer Organization  | Full      | Only for assigned Webex sites |
      | Site configuration         | Partner Organization   | Full      | Only for assigned Webex sites |
      | Site configuration         | Any Other Organization | Full      | Only for assigned Webex sites |
      | Recordings and transcripts | Customer Organization  | None      | -                             |
      | Recordings and transcripts | Partner Organization   | None      | -                             |
      | Recordings and transcripts | Any Other Organization | None      | -                             |

  @cell
  Scenario Outline: A Webex user administrator manages the users and licenses of their sites
    Given an administrator from "<relation>" who holds "Webex User Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                 | relation               | access    | scope                         |
      | User management            | Customer Organization  | Full      | User settings only            |
      | User management            | Partner Organization   | Full      | User settings only            |
      | User management            | Any Other Organization | Full      | User settings only            |
      | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Licenses                   | Customer Organization  | Full      | Only for assigned Webex sites |
      | Licenses                   | Partner Organization   | Full      | Only for assigned Webex sites |
      | Licenses                   | Any Other Organization | Full      | Only for assigned Webex sites |
      | Assign roles               | Customer Organization  | Read-only | Only for assigned Webex sites |
      | Assign roles               | Partner Organization   | Read-only | Only for assigned Webex sites |
      | Assign roles               | Any Other Organization | Read-only | Only for assigned Webex sites |
      | Site configuration         | Customer Organization  | Read-only | Only for assigned Webex sites |
      | Site configuration         | Partner Organization   | Read-only | Only for assigned Webex sites |
      | Site configuration         | Any Other Organization | Read-only | Only for assigned Webex sites |
      | Recordings and transcripts | Customer Organization  | None      | -                             |
      | Recordings and transcripts | Partner Organization   | None      | -                             |
      | Recordings and transcripts | Any Other Organization | None      | -                             |

  @cell
  Scenario Outline: A Webex read-only administrator only looks
    Given an administrator from "<relation>" who holds "Webex Read-only Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                 | relation               | access    | scope                         |
      | User management            | Customer Organization  | Read-only | -                             |
      | User management            | Partner Organization   | Read-only | -                             |
      | User management            | Any Other Organization | Read-only | -                             |
      | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Licenses                   | Customer Organization  | Read-only | Only for assigned Webex sites |
      | Licenses                   | Partner Organization   | Read-only | Only for assigned Webex sites |
      | Licenses                   | Any Other Organization | Read-only | Only for assigned Webex sites |
      | Assign roles               | Customer Organization  | Read-only | Only for assigned Webex sites |
      | Assign roles               | Partner Organization   | Read-only | Only for assigned Webex sites |
      | Assign roles               | Any Other Organization | Read-only | Only for assigned Webex sites |
      | Site configuration         | Customer Organization  | Read-only | Only for assigned Webex sites |
      | Site configuration         | Partner Organization   | Read-only | Only for assigned Webex sites |
      | Site configuration         | Any Other Organization | Read-only | Only for assigned Webex sites |
      | Recordings and transcripts | Customer Organization  | None      | -                             |
      | Recordings and transcripts | Partner Organization   | None      | -                             |
      | Recordings and transcripts | Any Other Organization | None      | -                             |

  @cell
  Scenario Outline: The meeting content administrator toggle alone grants nothing
    Given an administrator from "<relation>" who holds "Meeting Content Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                 | relation               | access | scope |
      | User management            | Customer Organization  | None   | -     |
      | User management            | Partner Organization   | None   | -     |
      | User management            | Any Other Organization | None   | -     |
      | Analytics and reports      | Customer Organization  | None   | -     |
      | Analytics and reports      | Partner Organization   | None   | -     |
      | Analytics and reports      | Any Other Organization | None   | -     |
      | Licenses                   | Customer Organization  | None   | -     |
      | Licenses                   | Partner Organization   | None   | -     |
      | Licenses                   | Any Other Organization | None   | -     |
      | Assign roles               | Customer Organization  | None   | -     |
      | Assign roles               | Partner Organization   | None   | -     |
      | Assign roles               | Any Other Organization | None   | -     |
      | Site configuration         | Customer Organization  | None   | -     |
      | Site configuration         | Partner Organization   | None   | -     |
      | Site configuration         | Any Other Organization | None   | -     |
      | Recordings and transcripts | Customer Organization  | None   | -     |
      | Recordings and transcripts | Partner Organization   | None   | -     |
      | Recordings and transcripts | Any Other Organization | None   | -     |

  @cell
  Scenario Outline: A site administrator toggled to meeting content administrator reaches recordings and transcripts
    Given an administrator from "<relation>" who holds "Meeting Content Administrator"
    And the administrator also holds "<site role>"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | site role                     | capability                 | relation               | access    | scope                         |
      | Webex Site Administrator      | User management            | Customer Organization  | Full      | User settings only            |
      | Webex Site Administrator      | User management            | Partner Organization   | Full      | User settings only            |
      | Webex Site Administrator      | User management            | Any Other Organization | Full      | User settings only            |
      | Webex User Administrator      | User management            | Customer Organization  | Full      | User settings only            |
      | Webex User Administrator      | User management            | Partner Organization   | Full      | User settings only            |
      | Webex User Administrator      | User management            | Any Other Organization | Full      | User settings only            |
      | Webex Read-only Administrator | User management            | Customer Organization  | Read-only | -                             |
      | Webex Read-only Administrator | User management            | Partner Organization   | Read-only | -                             |
      | Webex Read-only Administrator | User management            | Any Other Organization | Read-only | -                             |
      | Webex Site Administrator      | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Webex Site Administrator      | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Webex Site Administrator      | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Webex User Administrator      | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Webex User Administrator      | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Webex User Administrator      | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Webex Read-only Administrator | Analytics and reports      | Customer Organization  | Read-only | -                             |
      | Webex Read-only Administrator | Analytics and reports      | Partner Organization   | Read-only | -                             |
      | Webex Read-only Administrator | Analytics and reports      | Any Other Organization | Read-only | -                             |
      | Webex Site Administrator      | Recordings and transcripts | Customer Organization  | Full      | Only for assigned Webex sites |
      | Webex Site Administrator      | Recordings and transcripts | Partner Organization   | Full      | Only for assigned Webex sites |
      | Webex Site Administrator      | Recordings and transcripts | Any Other Organization | Full      | Only for assigned Webex sites |
      | Webex User Administrator      | Recordings and transcripts | Customer Organization  | Full      | Only for assigned Webex sites |
      | Webex User Administrator      | Recordings and transcripts | Partner Organization   | Full      | Only for assigned Webex sites |
      | Webex User Administrator      | Recordings and transcripts | Any Other Organization | Full      | Only for assigned Webex sites |
      | Webex Read-only Administrator | Recordings and transcripts | Customer Organization  | Full      | Only for assigned Webex sites |
      | Webex Read-only Administrator | Recordings and transcripts | Partner Organization   | Full      | Only for assigned Webex sites |
      | Webex Read-only Administrator | Recordings and transcripts | Any Other Organization | Full      | Only for assigned Webex sites |
