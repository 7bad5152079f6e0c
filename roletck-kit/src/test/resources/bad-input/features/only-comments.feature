# language: en
# nothing
