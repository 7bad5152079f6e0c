this is not gherkin
