// Test-only: a read that runs for many seconds, to prove a read timeout stops it.
UNWIND range(1, 200000000) AS x
WITH x WHERE x % 7 = 3
RETURN count(x) AS n
