# language: en
Feature: Rules of the Webex site roles
  Webex site roles are given site by site, only on sites that Control Hub manages, and a meeting
  content administrator is always a site administrator as well.

  @R11 @enforced
  Scenario: A site role is given for a named site
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the site "alpha" is managed by Control Hub
    When the administrator assigns "Webex Site Administrator" on the site "alpha" to the user
    Then the change is allowed by R01

  @R11 @enforced
  Scenario: A site role given without a site is an incomplete request
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Webex User Administrator" to the user without naming a site
    Then the request is rejected as incomplete

  @R12 @enforced
  Scenario: Site roles are not given on a site that Site Administration manages
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the site "beta" is managed by Site Administration
    When the administrator assigns "Webex Site Administrator" on the site "beta" to the user
    Then the change is refused by R12

  @R12 @enforced
  Scenario: Site roles are given on a site that Control Hub manages
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the site "alpha" is managed by Control Hub
    When the administrator assigns "Webex Read-only Administrator" on the site "alpha" to the user
    Then the change is allowed by R01

  @R13 @enforced
  Scenario: A site administrator gives site roles on their own site
    Given an administrator from "Customer Organization" who holds "Webex Site Administrator"
    And the administrator holds "Webex Site Administrator" on the site "alpha"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Webex User Administrator" on the site "alpha" to the user
    Then the change is allowed by R13

  @R13 @enforced
  Scenario: A site administrator gives no roles on a site they are not assigned to
    Given an administrator from "Customer Organization" who holds "Webex Site Administrator"
    And the administrator holds "Webex Site Administrator" on the site "alpha"
    And a user from "Customer Organization" who holds no administrator role
    When the administrator assigns "Webex User Administrator" on the site "gamma" to the user
    Then the change is refused by R01

  @R13 @enforced
  Scenario: A site administrator reaches only the sites assigned to them
    Given the table "Webex site administrator roles"
    And an administrator from "Customer Organization" who holds "Webex Site Administrator"
    Then their access to "Site configuration" is "Full", scope "Only for assigned Webex sites"
    And their access to "User management" is "Full", scope "User settings only"

  @R14 @informative
  Scenario: Site and user administrators manage Meetings settings only for users of their customer organizations
    Then RoleTCK does not check this, because "a request does not say which customer organizations a site administrator is assigned to"

  @R15 @informative
  Scenario: A site administrator uses no Meetings license and has no host privileges
    Assign a host license to a site administrator who should host meetings.

    Then RoleTCK does not check this, because "licenses are not part of a role decision"

  @R16 @enforced
  Scenario: The rows marked with an asterisk apply only to the assigned sites
    Given the table "Webex site administrator roles"
    And an administrator from "Partner Organization" who holds "Webex User Administrator"
    Then their access to "Licenses" is "Full", scope "Only for assigned Webex sites"
    And their access to "Assign roles" is "Read-only", scope "Only for assigned Webex sites"
    And their access to "Analytics and reports" is "Read-only", scope "-"

  @R17 @enforced
  Scenario: A site read-only administrator may be made meeting content administrator of the same site
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the user holds "Webex Read-only Administrator" on the site "alpha"
    When the administrator assigns "Meeting Content Administrator" on the site "alpha" to the user
    Then the change is allowed by R17

  @R17 @enforced
  Scenario: A user without a site role on the site may not be made meeting content administrator
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the user holds "Webex Site Administrator" on the site "beta"
    When the administrator assigns "Meeting Content Administrator" on the site "alpha" to the user
    Then the change is refused by R17

  @R17 @enforced
  Scenario: The last site role under a meeting content administrator cannot be taken away
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    And a user from "Customer Organization" who holds no administrator role
    And the user holds "Webex Site Administrator" on the site "alpha"
    And the user holds "Meeting Content Administrator" on the site "alpha"
    When the administrator revokes "Webex Site Administrator" on the site "alpha" from the user
    Then the change is refused by R17

  @R17 @enforced
  Scenario: The meeting content toggle never lifts a read-only administrator above read-only
    Given the table "Webex site administrator roles"
    And an administrator from "Customer Organization" who holds "Webex Read-only Administrator"
    And the administrator also holds "Meeting Content Administrator"
    Then their access to "User management" is "Read-only", scope "-"
    And their access to "Recordings and transcripts" is "Full", scope "Only for assigned Webex sites"

  @R18 @informative
  Scenario: The Webex Calling detailed call history API access role
    The role lets a user call the REST API that collects the data of the detailed call history reports.

    Then RoleTCK does not check this, because "no privilege table lists the role"

  @R19 @informative
  Scenario: The Webex Events administrator role
    The role gives access to Webex Events and may give others access to it; administrators without
    it see a disabled button.

    Then RoleTCK does not check this, because "no privilege table lists the role"
