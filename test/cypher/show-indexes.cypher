SHOW INDEXES YIELD name, type
RETURN collect(name) AS names
