Feature: x
  Scenario: y
    Given x
  Background:
    Given z
