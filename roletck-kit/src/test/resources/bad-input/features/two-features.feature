# language: en
Feature: x
  Scenario: y
    Given a full admin of the customer organization
Feature: again
