# language: en
Feature: Rules of the organization roles
  How administrators of a customer organization come to hold their roles, and what the prose around
  the organization roles table says beyond the table.

  @R01 @enforced
  Scenario: A full administrator may give any role to any user of the organization
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Support Administrator" to the user
    Then the change is allowed by R01

  @R01 @enforced
  Scenario: An external full administrator may give roles to users of the organization too
    Given an administrator from "Partner Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Device Administrator" to the user
    Then the change is allowed by R01

  @R01 @enforced
  Scenario: A device administrator may not give roles
    Given an administrator from "Customer Organization" who holds "Device Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Support Administrator" to the user
    Then the change is refused by R01

  @R02 @enforced
  Scenario: A user added to the organization starts without administrator privileges
    Given the table "Organization roles"
    And a person from "Customer Organization" who holds no administrator role
    Then their access to "Device management" is "None"
    And their access to "Analytics and reports" is "None"

  @R02 @enforced
  Scenario: A user without an administrator role gives no roles
    Given a person from "Customer Organization" who holds no administrator role
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is refused by R02

  @R03 @advisory
  Scenario: Keep more than one full administrator
    An organization should always have more than one full administrator, so that administrative
    changes can be made when one of them is away.

    Then RoleTCK does not check this, because "it is advice about the whole list of administrators, not a decision on one request"

  @R04 @informative
  Scenario: The kinds of customer administrators
    Customer administrators are full, support, user and device, device and read-only administrators
    and compliance officers. A compliance officer reaches user-generated content for legal purposes;
    a support administrator sees meeting analytics and troubleshooting information.

    Then RoleTCK does not check this, because "it describes the roles; the organization roles table states what each may do"

  @R05 @informative
  Scenario: The organization roles table lists only organization-wide roles
    Service roles, such as the Webex site administrator roles and the Contact Center roles, are
    described in their own tables.

    Then RoleTCK does not check this, because "it describes how the source tables are laid out"

  @R06 @informative
  Scenario: Changing the organization role of a user can affect their service roles
    After changing the organization role of a user who already holds a service role, review the
    service roles.

    Then RoleTCK does not check this, because "it is advice to review roles by hand after a change"

  @R07 @informative
  Scenario: A user's administrator roles show as a comma-separated list or None
    Then RoleTCK does not check this, because "it is about how Control Hub displays roles"

  @R08 @informative
  Scenario: A partner assigns roles from inside the customer organization
    A partner first opens the customer organization, then assigns roles on its Users page.

    Then RoleTCK does not check this, because "it describes where in Control Hub roles are assigned"

  @R09 @enforced
  Scenario: Advanced troubleshooting access lets full administrators join meetings in progress
    Given the table "Organization roles"
    And an administrator from "Customer Organization" who holds "Full Administrator"
    And the administrator also holds "Advanced Troubleshooting Access"
    Then their access to "Access to join in-progress meetings" is "Full"
    And their access to "Access to live meetings" is "Full"

  @R09 @enforced
  Scenario: Advanced troubleshooting access opens the live meeting page to a read-only administrator, but no meeting
    Given the table "Organization roles"
    And an administrator from "Customer Organization" who holds "Read-only Administrator"
    And the administrator also holds "Advanced Troubleshooting Access"
    Then their access to "Access to live meetings" is "Full"
    And their access to "Access to join in-progress meetings" is "None"

  @R10 @enforced
  Scenario: A full administrator cannot give themself advanced troubleshooting access
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    When the administrator assigns "Advanced Troubleshooting Access" to themself
    Then the change is refused by R10

  @R10 @enforced
  Scenario: Another full administrator gives it to them
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Full Administrator"
    When the administrator assigns "Advanced Troubleshooting Access" to the user
    Then the change is allowed by R10

  @R10 @enforced
  Scenario: A support administrator may hold advanced troubleshooting access
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Support Administrator"
    When the administrator assigns "Advanced Troubleshooting Access" to the user
    Then the change is allowed by R10

  @R10 @enforced
  Scenario: A device administrator may not hold advanced troubleshooting access
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Device Administrator"
    When the administrator assigns "Advanced Troubleshooting Access" to the user
    Then the change is refused by R10

  @R50 @informative
  Scenario: The list of administrators can be exported as a CSV file
    The full or the filtered list of administrators can be exported; the file names each
    administrator with their user ID or email and their administrator roles.

    Then RoleTCK does not check this, because "it is about exporting a list, not about a decision"

  @R51 @informative
  Scenario: Users can be filtered by administrator role
    Then RoleTCK does not check this, because "it is about how Control Hub lists users"
