# language: xx-klingon
Feature: x
