# language: en
@external_admin_roles
Feature: External administrator roles
  Anyone from outside the customer organization may be added as an external administrator: a full
  or read-only administrator from the partner organization or from any other organization, or a
  provisioning administrator from the partner organization that provisions the orders.

  Background:
    Given the table "External administrator roles"

  @cell
  Scenario Outline: An external full administrator administers the organization but adds no external administrators
    Given an administrator from "<relation>" who holds "External Full Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                        | relation               | access | scope                                                 |
      | User management                   | Partner Organization   | Full   | -                                                     |
      | Device management                 | Partner Organization   | Full   | -                                                     |
      | Company policy and templates      | Partner Organization   | Full   | -                                                     |
      | Troubleshooting                   | Partner Organization   | Full   | -                                                     |
      | Support metrics and notifications | Partner Organization   | Full   | -                                                     |
      | Assign roles                      | Partner Organization   | Full   | -                                                     |
      | Licenses and upgrades             | Partner Organization   | Full   | -                                                     |
      | Provision orders                  | Partner Organization   | Full   | -                                                     |
      | Add and delete sites              | Partner Organization   | Full   | For sites belonging to subscriptions the partner sold |
      | Add external administrators       | Partner Organization   | None   | -                                                     |
      | User management                   | Any Other Organization | Full   | -                                                     |
      | Device management                 | Any Other Organization | Full   | -                                                     |
      | Company policy and templates      | Any Other Organization | Full   | -                                                     |
      | Troubleshooting                   | Any Other Organization | Full   | -                                                     |
      | Support metrics and notifications | Any Other Organization | Full   | -                                                     |
      | Assign roles                      | Any Other Organization | Full   | -                                                     |
      | Licenses and upgrades             | Any Other Organization | Full   | -                                                     |
      | Provision orders                  | Any Other Organization | Full   | -                                                     |
      | Add and delete sites              | Any Other Organization | Full   | For sites belonging to subscriptions the partner sold |
      | Add external administrators       | Any Other Organization | None   | -                                                     |

  @cell
  Scenario Outline: An external read-only administrator reads but provisions nothing
    Given an administrator from "<relation>" who holds "External Read-only Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                        | relation               | access    | scope |
      | User management                   | Partner Organization   | Read-only | -     |
      | Device management                 | Partner Organization   | Read-only | -     |
      | Company policy and templates      | Partner Organization   | Read-only | -     |
      | Troubleshooting                   | Partner Organization   | Read-only | -     |
      | Support metrics and notifications | Partner Organization   | Read-only | -     |
      | Assign roles                      | Partner Organization   | Read-only | -     |
      | Licenses and upgrades             | Partner Organization   | Read-only | -     |
      | Provision orders                  | Partner Organization   | None      | -     |
      | Add and delete sites              | Partner Organization   | None      | -     |
      | Add external administrators       | Partner Organization   | None      | -     |
      | User management                   | Any Other Organization | Read-only | -     |
      | Device management                 | Any Other Organization | Read-only | -     |
      | Company policy and templates      | Any Other Organization | Read-only | -     |
      | Troubleshooting                   | Any Other Organization | Read-only | -     |
      | Support metrics and notifications | Any Other Organization | Read-only | -     |
      | Assign roles                      | Any Other Organization | Read-only | -     |
      | Licenses and upgrades             | Any Other Organization | Read-only | -     |
      | Provision orders                  | Any Other Organization | None      | -     |
      | Add and delete sites              | Any Other Organization | None      | -     |
      | Add external administrators       | Any Other Organization | None      | -     |

  @cell
  Scenario Outline: A provisioning administrator works only on what the partner sold
    Given an administrator from "<relation>" who holds "Provisioning Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                        | relation               | access         | scope                            |
      | User management                   | Partner Organization   | None           | -                                |
      | Device management                 | Partner Organization   | None           | -                                |
      | Company policy and templates      | Partner Organization   | None           | -                                |
      | Troubleshooting                   | Partner Organization   | None           | -                                |
      | Support metrics and notifications | Partner Organization   | None           | -                                |
      | Assign roles                      | Partner Organization   | None           | -                                |
      | Licenses and upgrades             | Partner Organization   | Full           | For services sold by the partner |
      | Provision orders                  | Partner Organization   | Full           | For services sold by the partner |
      | Add and delete sites              | Partner Organization   | Full           | For services sold by the partner |
      | Add external administrators       | Partner Organization   | None           | -                                |
      | User management                   | Any Other Organization | Not Applicable | -                                |
      | Device management                 | Any Other Organization | Not Applicable | -                                |
      | Company policy and templates      | Any Other Organization | Not Applicable | -                                |
      | Troubleshooting                   | Any Other Organization | Not Applicable | -                                |
      | Support metrics and notifications | Any Other Organization | Not Applicable | -                                |
      | Assign roles                      | Any Other Organization | Not Applicable | -                                |
      | Licenses and upgrades             | Any Other Organization | Not Applicable | -                                |
      | Provision orders                  | Any Other Organization | Not Applicable | -                                |
      | Add and delete sites              | Any Other Organization | Not Applicable | -                                |
      | Add external administrators       | Any Other Organization | Not Applicable | -                                |
