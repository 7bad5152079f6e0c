Scenario: y
  Given x
