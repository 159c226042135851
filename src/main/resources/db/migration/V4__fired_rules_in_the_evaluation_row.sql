-- The rules that fired are kept once, in evaluation.fired_rules (the answer's JSON array, stored since V1): the search
-- by rule, the statistics and the rules' history read them there. A row per fired rule with an index by name made
-- every commit rewrite as many index pages as rules fired, most of what storing an evaluation cost.
drop table fired_rule;
