Feature: x
  Scenario: y
    Given x
    @tag
