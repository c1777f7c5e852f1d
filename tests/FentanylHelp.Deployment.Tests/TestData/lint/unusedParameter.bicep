// Planted: compiles, but the linter warns (no-unused-params). Outside deploymentTemplates/, so the default
// rule levels apply and bicep exits 0: the tests must still count the warning as a failure.
param unused string = 'x'

output answer int = 42
