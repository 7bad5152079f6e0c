# language: en
@contact_center
Feature: Contact Center-specific privileges
  What each administrator role may do in Webex Contact Center depends on where the administrator
  comes from: the customer organization, the partner organization that manages the subscription,
  or any other organization. Read-only administrators never see more than full administrators of
  the same organization.

  Background:
    Given the table "Contact Center-specific Privileges"

  @cell
  Scenario Outline: A full administrator administers all of Contact Center, but only a customer one hands out the service role to external administrators
    Given an administrator from "<relation>" who holds "Full Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                          | relation               | access | scope |
      | Administer all Contact Center features                                              | Customer Organization  | Full   | -     |
      | Add or remove users in the customer organization                                    | Customer Organization  | Full   | -     |
      | Send activation email                                                               | Customer Organization  | Full   | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Customer Organization  | Full   | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Customer Organization  | Full   | -     |
      | View the list of other external administrators                                      | Customer Organization  | Full   | -     |
      | Manage business hours                                                               | Customer Organization  | Full   | -     |
      | Administer all Contact Center features                                              | Partner Organization   | Full   | -     |
      | Add or remove users in the customer organization                                    | Partner Organization   | Full   | -     |
      | Send activation email                                                               | Partner Organization   | Full   | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Partner Organization   | Full   | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Partner Organization   | None   | -     |
      | View the list of other external administrators                                      | Partner Organization   | Full   | -     |
      | Manage business hours                                                               | Partner Organization   | Full   | -     |
      | Administer all Contact Center features                                              | Any Other Organization | Full   | -     |
      | Add or remove users in the customer organization                                    | Any Other Organization | Full   | -     |
      | Send activation email                                                               | Any Other Organization | Full   | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Any Other Organization | Full   | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Any Other Organization | None   | -     |
      | View the list of other external administrators                                      | Any Other Organization | Full   | -     |
      | Manage business hours                                                               | Any Other Organization | Full   | -     |

  @cell
  Scenario Outline: A Contact Center service administrator runs the service but not its users
    Given an administrator from "<relation>" who holds "Contact Center Service Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                          | relation               | access         | scope                            |
      | Administer all Contact Center features                                              | Customer Organization  | Full           | -                                |
      | Add or remove users in the customer organization                                    | Customer Organization  | None           | -                                |
      | Send activation email                                                               | Customer Organization  | Full           | -                                |
      | Assign, edit or remove Contact Center licenses of users                             | Customer Organization  | Full           | -                                |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Customer Organization  | Full           | -                                |
      | View the list of other external administrators                                      | Customer Organization  | Full           | Other service administrators only |
      | Manage business hours                                                               | Customer Organization  | Full           | -                                |
      | Administer all Contact Center features                                              | Partner Organization   | Not Applicable | -                                |
      | Add or remove users in the customer organization                                    | Partner Organization   | Not Applicable | -                                |
      | Send activation email                                                               | Partner Organization   | Not Applicable | -                                |
      | Assign, edit or remove Contact Center licenses of users                             | Partner Organization   | Not Applicable | -                                |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Partner Organization   | Not Applicable | -                                |
      | View the list of other external administrators                                      | Partner Organization   | Not Applicable | -                                |
      | Manage business hours                                                               | Partner Organization   | Not Applicable | -                                |
      | Administer all Contact Center features                                              | Any Other Organization | Full           | -                                |
      | Add or remove users in the customer organization                                    | Any Other Organization | None           | -                                |
      | Send activation email                                                               | Any Other Organization | Full           | -                                |
      | Assign, edit or remove Contact Center licenses of users                             | Any Other Organization | Full           | -                                |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Any Other Organization | None           | -                                |
      | View the list of other external administrators                                      | Any Other Organization | Full           | Other service administrators only |
      | Manage business hours                                                               | Any Other Organization | Full           | -                                |

  @cell
  Scenario Outline: A provisioning administrator of the partner organization administers the features and sees the other external administrators
    Given an administrator from "<relation>" who holds "Provisioning Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                          | relation               | access         | scope |
      | Administer all Contact Center features                                              | Customer Organization  | Not Applicable | -     |
      | Add or remove users in the customer organization                                    | Customer Organization  | Not Applicable | -     |
      | Send activation email                                                               | Customer Organization  | Not Applicable | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Customer Organization  | Not Applicable | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Customer Organization  | Not Applicable | -     |
      | View the list of other external administrators                                      | Customer Organization  | Not Applicable | -     |
      | Manage business hours                                                               | Customer Organization  | Not Applicable | -     |
      | Administer all Contact Center features                                              | Partner Organization   | Full           | -     |
      | Add or remove users in the customer organization                                    | Partner Organization   | None           | -     |
      | Send activation email                                                               | Partner Organization   | None           | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Partner Organization   | None           | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Partner Organization   | None           | -     |
      | View the list of other external administrators                                      | Partner Organization   | Full           | -     |
      | Manage business hours                                                               | Partner Organization   | Full           | -     |
      | Administer all Contact Center features                                              | Any Other Organization | Not Applicable | -     |
      | Add or remove users in the customer organization                                    | Any Other Organization | Not Applicable | -     |
      | Send activation email                                                               | Any Other Organization | Not Applicable | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Any Other Organization | Not Applicable | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Any Other Organization | Not Applicable | -     |
      | View the list of other external administrators                                      | Any Other Organization | Not Applicable | -     |
      | Manage business hours                                                               | Any Other Organization | Not Applicable | -     |

  @cell
  Scenario Outline: A read-only administrator of the customer organization cannot reach Contact Center, an external one only reads
    Given an administrator from "<relation>" who holds "Read-only Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                          | relation               | access    | scope |
      | Administer all Contact Center features                                              | Customer Organization  | None      | -     |
      | Add or remove users in the customer organization                                    | Customer Organization  | None      | -     |
      | Send activation email                                                               | Customer Organization  | None      | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Customer Organization  | None      | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Customer Organization  | None      | -     |
      | View the list of other external administrators                                      | Customer Organization  | None      | -     |
      | Manage business hours                                                               | Customer Organization  | None      | -     |
      | Administer all Contact Center features                                              | Partner Organization   | Read-only | -     |
      | Add or remove users in the customer organization                                    | Partner Organization   | Read-only | -     |
      | Send activation email                                                               | Partner Organization   | Read-only | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Partner Organization   | Read-only | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Partner Organization   | None      | -     |
      | View the list of other external administrators                                      | Partner Organization   | Read-only | -     |
      | Manage business hours                                                               | Partner Organization   | Read-only | -     |
      | Administer all Contact Center features                                              | Any Other Organization | Read-only | -     |
      | Add or remove users in the customer organization                                    | Any Other Organization | Read-only | -     |
      | Send activation email                                                               | Any Other Organization | Read-only | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Any Other Organization | Read-only | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Any Other Organization | None      | -     |
      | View the list of other external administrators                                      | Any Other Organization | Read-only | -     |
      | Manage business hours                                                               | Any Other Organization | Read-only | -     |

  @cell
  Scenario Outline: A supervisor manages business hours and nothing else
    Given an administrator from "<relation>" who holds "Supervisor"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                          | relation               | access         | scope |
      | Administer all Contact Center features                                              | Customer Organization  | None           | -     |
      | Add or remove users in the customer organization                                    | Customer Organization  | None           | -     |
      | Send activation email                                                               | Customer Organization  | None           | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Customer Organization  | None           | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Customer Organization  | None           | -     |
      | View the list of other external administrators                                      | Customer Organization  | None           | -     |
      | Manage business hours                                                               | Customer Organization  | Full           | -     |
      | Administer all Contact Center features                                              | Partner Organization   | Not Applicable | -     |
      | Add or remove users in the customer organization                                    | Partner Organization   | Not Applicable | -     |
      | Send activation email                                                               | Partner Organization   | Not Applicable | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Partner Organization   | Not Applicable | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Partner Organization   | Not Applicable | -     |
      | View the list of other external administrators                                      | Partner Organization   | Not Applicable | -     |
      | Manage business hours                                                               | Partner Organization   | Not Applicable | -     |
      | Administer all Contact Center features                                              | Any Other Organization | Not Applicable | -     |
      | Add or remove users in the customer organization                                    | Any Other Organization | Not Applicable | -     |
      | Send activation email                                                               | Any Other Organization | Not Applicable | -     |
      | Assign, edit or remove Contact Center licenses of users                             | Any Other Organization | Not Applicable | -     |
      | Add or revoke the Contact Center Service Administrator role of external administrators | Any Other Organization | Not Applicable | -     |
      | View the list of other external administrators                                      | Any Other Organization | Not Applicable | -     |
      | Manage business hours                                                               | Any Other Organization | Not Applicable | -     |
