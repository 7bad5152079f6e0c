Rule: x
