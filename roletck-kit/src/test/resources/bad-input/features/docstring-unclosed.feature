Feature: x
  Scenario: y
    Given x
      """
      text
