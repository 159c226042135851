-- A search by verdict reads the index by time and keeps the rows of that verdict: a verdict is never rare enough
-- for its own index to pay for itself, and every commit had to rewrite that index's last pages as well.
drop index evaluation_by_verdict;
