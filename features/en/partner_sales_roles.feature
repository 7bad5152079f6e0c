# language: en
@partner_sales_roles
Feature: Full sales administrator and sales administrator roles
  In a partner organization, full sales administrators manage every customer of the partner and
  sales administrators the customers assigned to them. Every administrator here is a member of the
  partner organization, whichever organization the work concerns.

  Background:
    Given the table "Full sales administrator and sales administrator roles"

  @cell
  Scenario Outline: A full administrator of the partner organization runs it and its customers
    Given an administrator from "Partner Organization" who holds "Full Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                          | access | scope                                            |
      | Partner organization management                     | Full   | -                                                |
      | Customer organization management                    | Full   | All customers managed by the partner organization |
      | Assign sales administrator roles                    | Full   | -                                                |
      | Provision Webex orders for the partner organization | Full   | -                                                |
      | Provision Webex orders for customers                | None   | -                                                |
      | Start and manage Webex trials                       | Full   | -                                                |

  @cell
  Scenario Outline: A full sales administrator sells to every customer
    Given an administrator from "Partner Organization" who holds "Full Sales Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                          | access | scope                                            |
      | Partner organization management                     | None   | -                                                |
      | Customer organization management                    | Full   | All customers managed by the partner organization |
      | Assign sales administrator roles                    | Full   | -                                                |
      | Provision Webex orders for the partner organization | None   | -                                                |
      | Provision Webex orders for customers                | Full   | -                                                |
      | Start and manage Webex trials                       | Full   | -                                                |

  @cell
  Scenario Outline: A sales administrator sells to the customers assigned to them
    Given an administrator from "Partner Organization" who holds "Sales Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                          | access | scope                   |
      | Partner organization management                     | None   | -                       |
      | Customer organization management                    | Full   | Assigned customers only |
      | Assign sales administrator roles                    | None   | -                       |
      | Provision Webex orders for the partner organization | None   | -                       |
      | Provision Webex orders for customers                | Full   | -                       |
      | Start and manage Webex trials                       | Full   | -                       |

  @cell
  Scenario Outline: A provisioning administrator provisions what the partner sold, and starts no trials
    Given an administrator from "Partner Organization" who holds "Provisioning Administrator"
    Then their access to "<capability>" is "<access>", scope "<scope>"

    Examples:
      | capability                                          | access | scope                            |
      | Partner organization management                     | None   | -                                |
      | Customer organization management                    | Full   | Assigned customers only          |
      | Assign sales administrator roles                    | None   | -                                |
      | Provision Webex orders for the partner organization | None   | -                                |
      | Provision Webex orders for customers                | Full   | For services sold by the partner |
      | Start and manage Webex trials                       | None   | -                                |
