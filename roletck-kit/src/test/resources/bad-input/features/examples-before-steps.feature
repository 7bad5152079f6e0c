Feature: x
  Scenario Outline: y
  Examples:
    | a |
    | 1 |
    Given <a>
