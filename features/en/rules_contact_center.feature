# language: en
Feature: Rules of the Contact Center roles
  Who may hold and give the Contact Center Service Administrator role, and what the Contact Center
  roles may do beyond the privilege table.

  @R20 @enforced
  Scenario: The service administrator role may be given to a user of the customer organization
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R20

  @R20 @enforced
  Scenario: The service administrator role may be given to an external administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R20

  @R20 @enforced
  Scenario: The service administrator role is not given to a user of the partner organization
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is refused by R25

  @R21 @informative
  Scenario: A Contact Center administrator may come from the customer, the managing partner or any other organization
    Then RoleTCK does not check this, because "the Contact Center tables already state each relation"

  @R22 @enforced
  Scenario: A full administrator with a Contact Center standard licence reaches Agent Desktop only
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Full Administrator"
    And the administrator has a Webex Contact Center standard licence
    Then their access to "Administer all Contact Center features" is "None"
    And their access to "Manage business hours" is "None"

  @R22 @enforced
  Scenario: The standard licence takes nothing from the other roles the administrator holds
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Full Administrator"
    And the administrator also holds "Supervisor"
    And the administrator has a Webex Contact Center standard licence
    Then their access to "Manage business hours" is "Full"
    And their access to "Send activation email" is "None"

  @R23 @enforced
  Scenario: A full administrator cannot also be service administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Full Administrator"
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is refused by R23

  @R23 @enforced
  Scenario: A service administrator cannot also be read-only administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Contact Center Service Administrator"
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is refused by R23

  @R23 @enforced
  Scenario: A support administrator can also be service administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds "Support Administrator"
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R20

  @R24 @enforced
  Scenario: No service administrator from an external organization that has Contact Center itself
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    And Contact Center is enabled in the user's home organization
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is refused by R24

  @R24 @enforced
  Scenario: A service administrator from an external organization without Contact Center
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R20

  @R25 @enforced
  Scenario: No service administrator role for a user of the provisioning partner organization
    Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is refused by R25

  @R25 @enforced
  Scenario: A user of any other organization may be service administrator
    Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R27

  @R26 @enforced
  Scenario: An external service administrator gives the role to a user of the customer organization
    Given an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R27

  @R26 @enforced
  Scenario: An external service administrator adds no other external service administrator
    Given an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is refused by R26

  @R27 @enforced
  Scenario: A service administrator gives the service administrator role
    Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Contact Center Service Administrator" to the user
    Then the change is allowed by R27

  @R27 @enforced
  Scenario: A service administrator gives no other role
    Given an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Support Administrator" to the user
    Then the change is refused by R27

  @R27 @enforced
  Scenario: A service administrator neither adds nor removes users
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    Then their access to "Add or remove users in the customer organization" is "None"
    And their access to "Send activation email" is "Full"

  @R28 @informative
  Scenario: A service administrator cannot use the Services Set-Up Wizard
    Contact Center can be set up once a full administrator has completed the wizard.

    Then RoleTCK does not check this, because "the wizard is not a capability of the privilege tables"

  @R29 @enforced
  Scenario: A service administrator sees only other service administrators
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Contact Center Service Administrator"
    Then their access to "View the list of other external administrators" is "Full", scope "Other service administrators only"

  @R29 @enforced
  Scenario: A full administrator sees every external administrator
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Full Administrator"
    Then their access to "View the list of other external administrators" is "Full", scope "-"

  @R30 @enforced
  Scenario: An external service administrator manages licences and the role of customer users
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
    Then their access to "Assign, edit or remove Contact Center licenses of users" is "Full"
    And their access to "Add or revoke the Contact Center Service Administrator role of external administrators" is "None"

  @R30 @enforced
  Scenario: An external service administrator gives the role to customer users only
    Given the table "Assign the Contact Center Service Administrator role to a user"
    And an administrator from "Any Other Organization" who holds "Contact Center Service Administrator"
    Then their access to "Assign the Contact Center Service Administrator role to a user of the customer organization" is "Full"
    And their access to "Assign the Contact Center Service Administrator role to a user of an external organization" is "None"

  @R31 @informative
  Scenario: Only the Contact Center licence columns of the CSV template may be set
    Then RoleTCK does not check this, because "it is about a file template, not about a decision"

  @R32 @enforced
  Scenario: A supervisor manages business hours only
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Customer Organization" who holds "Supervisor"
    Then their access to "Manage business hours" is "Full"
    And their access to "Administer all Contact Center features" is "None"

  @R32 @enforced
  Scenario: There is no supervisor from outside the customer organization
    Given the table "Contact Center-specific Privileges"
    And an administrator from "Partner Organization" who holds "Supervisor"
    Then their access to "Manage business hours" is "Not Applicable"

  @R52 @informative
  Scenario: What else a service administrator does in Control Hub
    A service administrator can use every feature of the Contact Center services tab and of the
    Management Portal, resend the activation email, see the subscriptions and licence use of the
    organization and the status of Webex services.

    Then RoleTCK does not check this, because "these pages are not capabilities of the privilege tables"
