# language: en
Właściwość: x
  Scenariusz: y
