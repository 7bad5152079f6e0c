Feature: x
  Given x
