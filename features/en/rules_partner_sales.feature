# language: en
Feature: Rules of the partner sales roles
  The full sales administrator and sales administrator roles exist only in partner organizations,
  where full administrators and full sales administrators give them.

  @R46 @enforced
  Scenario: Sales roles are not given in a customer organization
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Sales Administrator" to the user
    Then the change is refused by R46

  @R46 @enforced
  Scenario: A full administrator of a partner organization gives the full sales administrator role
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Full Sales Administrator" to the user
    Then the change is allowed by R46

  @R46 @enforced
  Scenario: A full sales administrator gives the sales administrator role
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Full Sales Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Sales Administrator" to the user
    Then the change is allowed by R46

  @R46 @enforced
  Scenario: A sales administrator gives no sales role
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Sales Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Sales Administrator" to the user
    Then the change is refused by R46

  @R47 @informative
  Scenario: Provisioning an order makes the sales administrator an administrator of the customer
    A new customer organization makes them its full administrator; an existing one makes them its
    provisioning administrator.

    Then RoleTCK does not check this, because "provisioning orders is not a role assignment request"

  @R48 @enforced
  Scenario: A full administrator who is also full sales administrator gives up the sales role
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Full Administrator"
    And the administrator also holds "Full Sales Administrator"
    When the administrator revokes "Full Sales Administrator" from themself
    Then the change is allowed by R48

  @R48 @enforced
  Scenario: A full sales administrator who is not full administrator keeps the sales role
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Full Sales Administrator"
    When the administrator revokes "Full Sales Administrator" from themself
    Then the change is refused by R48

  @R48 @enforced
  Scenario: A full administrator may also be sales administrator
    Given the administered organization is a partner organization
    And an administrator from "Partner Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds "Full Administrator"
    When the administrator assigns "Sales Administrator" to the user
    Then the change is allowed by R46

  @R49 @enforced
  Scenario: A sales administrator manages the customers assigned to them
    Given the table "Full sales administrator and sales administrator roles"
    And an administrator from "Partner Organization" who holds "Sales Administrator"
    Then their access to "Customer organization management" is "Full", scope "Assigned customers only"

  @R49 @enforced
  Scenario: A full sales administrator manages all customers
    Given the table "Full sales administrator and sales administrator roles"
    And an administrator from "Partner Organization" who holds "Full Sales Administrator"
    Then their access to "Customer organization management" is "Full", scope "All customers managed by the partner organization"
