Feature: x
  Scenario Outline: y
    Given <a>
  Examples:
    | a | b |
    | 1 |
