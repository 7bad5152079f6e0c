# language: en
@contact_center_role_assignment
Feature: Who may give the Contact Center Service Administrator role
  A full administrator and a Contact Center service administrator of the customer organization may
  give the service administrator role to users of the customer organization and of external
  organizations. An administrator from outside gives it to users of the customer organization only.

  Background:
    Given the table "Assign the Contact Center Service Administrator role to a user"

  @cell
  Scenario Outline: A full administrator gives the service administrator role
    Given an administrator from "<relation>" who holds "Full Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                                  | relation               | access | scope |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Customer Organization  | Full   | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Customer Organization  | Full   | -     |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Partner Organization   | Full   | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Partner Organization   | None   | -     |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Any Other Organization | Full   | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Any Other Organization | None   | -     |

  @cell
  Scenario Outline: A Contact Center service administrator passes the role on
    Given an administrator from "<relation>" who holds "Contact Center Service Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                                                                  | relation               | access         | scope |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Customer Organization  | Full           | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Customer Organization  | Full           | -     |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Partner Organization   | Not Applicable | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Partner Organization   | Not Applicable | -     |
      | Assign the Contact Center Service Administrator role to a user of the customer organization | Any Other Organization | Full           | -     |
      | Assign the Contact Center Service Administrator role to a user of an external organization  | Any Other Organization | None           | -     |
