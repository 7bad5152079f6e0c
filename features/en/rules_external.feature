# language: en
Feature: Rules of the external administrators
  Who may become an external administrator of a customer organization, with which roles, and who
  may change those roles.

  @R33 @informative
  Scenario: External administrators and their three types
    Anyone from outside the organization may be added as an external administrator; administrators
    of the partner organization are external administrators too. They are full, read-only or
    provisioning administrators; provisioning administrators are added when a partner provisions
    Webex orders.

    Then RoleTCK does not check this, because "the external administrator roles table states what each type may do"

  @R34 @informative
  Scenario: External administrators are listed on their own tab
    Then RoleTCK does not check this, because "it is about how Control Hub lists administrators"

  @R35 @informative
  Scenario: The read-only access of support staff ends by itself
    Support staff who reach the organization usually hold the read-only administrator role, which
    is revoked automatically after a while.

    Then RoleTCK does not check this, because "a request does not carry time"

  @R36 @enforced
  Scenario: An external administrator cannot add another external administrator
    Given an administrator from "Partner Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is refused by R36

  @R36 @enforced
  Scenario: A full administrator of the customer organization adds the external administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is allowed by R01

  @R36 @enforced
  Scenario: No external administrator may add external administrators
    Given the table "External administrator roles"
    And an administrator from "Any Other Organization" who holds "External Full Administrator"
    Then their access to "Add external administrators" is "None"

  @R37 @enforced
  Scenario: A partner that sold the services takes provisioning access back
    Given an administrator from "Partner Organization" who holds "Read-only Administrator"
    And the administrator's organization has an active sales relationship with the customer
    When the administrator assigns "Provisioning Administrator" to themself
    Then the change is allowed by R37

  @R37 @enforced
  Scenario: Without an active sales relationship the partner cannot take it back
    Given an administrator from "Partner Organization" who holds "Read-only Administrator"
    When the administrator assigns "Provisioning Administrator" to themself
    Then the change is refused by R37

  @R37 @enforced
  Scenario: A partner cannot make itself full administrator
    Given an administrator from "Partner Organization" who holds "Provisioning Administrator"
    And the administrator's organization has an active sales relationship with the customer
    When the administrator assigns "Full Administrator" to themself
    Then the change is refused by R37

  @R38 @enforced
  Scenario: A full administrator of the customer organization removes a role of a partner administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds "Provisioning Administrator"
    When the administrator revokes "Provisioning Administrator" from the user
    Then the change is allowed by R38

  @R38 @enforced
  Scenario: A read-only administrator of the customer organization removes no role of a partner administrator
    Given an administrator from "Customer Organization" who holds "Read-only Administrator"
    And a user from "Partner Organization" who holds "Provisioning Administrator"
    When the administrator revokes "Provisioning Administrator" from the user
    Then the change is refused by R01

  @R39 @informative
  Scenario: External administrators as a way in when single sign-on fails
    Then RoleTCK does not check this, because "it is advice on why to add external administrators"

  @R40 @informative
  Scenario: An external full administrator signs in once before reaching meeting sites
    Then RoleTCK does not check this, because "a request does not say whether someone has signed in"

  @R41 @enforced
  Scenario: A user of the consumer organization cannot be an external administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    And the user's home organization is the consumer organization
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is refused by R41

  @R41 @enforced
  Scenario: A user of a free self-sign-up organization can be an external administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    And the user's home organization is a free self-sign-up organization
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is allowed by R01

  @R42 @enforced
  Scenario: A user of the partner organization becomes a full or a provisioning administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Provisioning Administrator" to the user
    Then the change is allowed by R01

  @R42 @enforced
  Scenario: A user of the partner organization does not become a read-only administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Partner Organization" who holds no administrator role
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is refused by R42

  @R42 @enforced
  Scenario: A user of any other organization does not become a provisioning administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Provisioning Administrator" to the user
    Then the change is refused by R42

  @R42 @enforced
  Scenario: A user of any other organization does not become a support administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds no administrator role
    When the administrator assigns "Support Administrator" to the user
    Then the change is refused by R42

  @R43 @enforced
  Scenario: A full administrator promotes an external read-only administrator to full administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds "Read-only Administrator"
    When the administrator assigns "Full Administrator" to the user
    Then the change is allowed by R43

  @R43 @enforced
  Scenario: A full administrator demotes an external full administrator to read-only administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Any Other Organization" who holds "Full Administrator"
    When the administrator assigns "Read-only Administrator" to the user
    Then the change is allowed by R43

  @R43 @enforced
  Scenario: A read-only administrator promotes nobody
    Given an administrator from "Customer Organization" who holds "Read-only Administrator"
    And a user from "Any Other Organization" who holds "Read-only Administrator"
    When the administrator assigns "Full Administrator" to the user
    Then the change is refused by R01

  @R44 @informative
  Scenario: Revoking all administrator privileges deletes the administrator's records
    The administrator must be added again to be reinstated.

    Then RoleTCK does not check this, because "records are not part of a role decision"

  @R45 @informative
  Scenario: Give external administrators full, read-only or provisioning roles to set out their duties
    Then RoleTCK does not check this, because "it is advice on dividing duties"
