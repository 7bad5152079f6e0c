Feature: x
  Scenario: y
    | a |
