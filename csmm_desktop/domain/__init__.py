"""Domain logic: the maturity model, the form, scoring. Plain Python, no Qt."""
