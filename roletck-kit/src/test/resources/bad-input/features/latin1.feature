Feature: café
  Scenario: y
    Given x
