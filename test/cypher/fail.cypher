// Test-only: fails at run time (division by zero), after earlier statements of the transaction ran.
RETURN 1 / toInteger($zero) AS boom
