# language: en
@organization_roles
Feature: Organization roles
  The organization-wide administrator roles of a customer organization, and what each may do in
  Control Hub. Only members of the customer organization hold these roles; a user may hold several,
  and then has the strongest access any of them gives.

  Background:
    Given the table "Organization roles"

  @cell
  Scenario Outline: A full administrator manages almost everything in the organization
    Given an administrator from "Customer Organization" who holds "Full Administrator"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | Full   |
      | Assign roles to users               | Full   |
      | Device management                   | Full   |
      | Company policy and templates        | Full   |
      | Analytics and reports               | Full   |
      | Troubleshooting                     | Full   |
      | Licenses and upgrades               | Full   |
      | Organization settings               | Full   |
      | App integrations                    | Full   |
      | Webex site management               | Full   |
      | Admin actions audit log             | Full   |
      | Access to user-generated content    | None   |
      | Legal hold                          | None   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | Full   |

  @cell
  Scenario Outline: A read-only administrator sees the organization but changes nothing
    Given an administrator from "Customer Organization" who holds "Read-only Administrator"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access    |
      | Add/delete users and assign licenses | Read-only |
      | Assign roles to users               | Read-only |
      | Device management                   | Read-only |
      | Company policy and templates        | Read-only |
      | Analytics and reports               | Read-only |
      | Troubleshooting                     | Read-only |
      | Licenses and upgrades               | Read-only |
      | Organization settings               | Read-only |
      | App integrations                    | Read-only |
      | Webex site management               | Read-only |
      | Admin actions audit log             | None      |
      | Access to user-generated content    | None      |
      | Legal hold                          | None      |
      | Access to join in-progress meetings | None      |
      | Access to live meetings             | None      |
      | Product email notifications         | None      |

  @cell
  Scenario Outline: A support administrator sees analytics and troubleshooting
    Given an administrator from "Customer Organization" who holds "Support Administrator"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | None   |
      | Assign roles to users               | None   |
      | Device management                   | None   |
      | Company policy and templates        | None   |
      | Analytics and reports               | Full   |
      | Troubleshooting                     | Full   |
      | Licenses and upgrades               | None   |
      | Organization settings               | None   |
      | App integrations                    | None   |
      | Webex site management               | None   |
      | Admin actions audit log             | None   |
      | Access to user-generated content    | None   |
      | Legal hold                          | None   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | None   |

  @cell
  Scenario Outline: A user and device administrator manages users, their licenses and devices
    Given an administrator from "Customer Organization" who holds "User and Device Administrator"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | Full   |
      | Assign roles to users               | None   |
      | Device management                   | Full   |
      | Company policy and templates        | None   |
      | Analytics and reports               | None   |
      | Troubleshooting                     | None   |
      | Licenses and upgrades               | Full   |
      | Organization settings               | None   |
      | App integrations                    | None   |
      | Webex site management               | None   |
      | Admin actions audit log             | None   |
      | Access to user-generated content    | None   |
      | Legal hold                          | None   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | None   |

  @cell
  Scenario Outline: A device administrator manages devices only
    Given an administrator from "Customer Organization" who holds "Device Administrator"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | None   |
      | Assign roles to users               | None   |
      | Device management                   | Full   |
      | Company policy and templates        | None   |
      | Analytics and reports               | None   |
      | Troubleshooting                     | None   |
      | Licenses and upgrades               | None   |
      | Organization settings               | None   |
      | App integrations                    | None   |
      | Webex site management               | None   |
      | Admin actions audit log             | None   |
      | Access to user-generated content    | None   |
      | Legal hold                          | None   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | None   |

  @cell
  Scenario Outline: A compliance officer reaches user-generated content and legal hold
    Given an administrator from "Customer Organization" who holds "Compliance Officer"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | None   |
      | Assign roles to users               | None   |
      | Device management                   | None   |
      | Company policy and templates        | None   |
      | Analytics and reports               | None   |
      | Troubleshooting                     | None   |
      | Licenses and upgrades               | None   |
      | Organization settings               | None   |
      | App integrations                    | None   |
      | Webex site management               | None   |
      | Admin actions audit log             | None   |
      | Access to user-generated content    | Full   |
      | Legal hold                          | Full   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | None   |

  @cell
  Scenario Outline: Advanced troubleshooting access alone grants nothing
    Given an administrator from "Customer Organization" who holds "Advanced Troubleshooting Access"
    Then their access to "<capability>" is "<access>"

    Examples:
      | capability                          | access |
      | Add/delete users and assign licenses | None   |
      | Assign roles to users               | None   |
      | Device management                   | None   |
      | Company policy and templates        | None   |
      | Analytics and reports               | None   |
      | Troubleshooting                     | None   |
      | Licenses and upgrades               | None   |
      | Organization settings               | None   |
      | App integrations                    | None   |
      | Webex site management               | None   |
      | Admin actions audit log             | None   |
      | Access to user-generated content    | None   |
      | Legal hold                          | None   |
      | Access to join in-progress meetings | None   |
      | Access to live meetings             | None   |
      | Product email notifications         | None   |

  @cell
  Scenario Outline: Advanced troubleshooting access opens live meetings to the administrator who also holds another role
    Given an administrator from "Customer Organization" who holds "Advanced Troubleshooting Access"
    And the administrator also holds "<other role>"
    Then their access to "<capability>" is "<access>"

    Examples:
      | other role              | capability                          | access |
      | Full Administrator      | Access to live meetings             | Full   |
      | Read-only Administrator | Access to live meetings             | Full   |
      | Support Administrator   | Access to live meetings             | Full   |
      | Full Administrator      | Access to join in-progress meetings | Full   |
      | Read-only Administrator | Access to join in-progress meetings | None   |
      | Support Administrator   | Access to join in-progress meetings | None   |
