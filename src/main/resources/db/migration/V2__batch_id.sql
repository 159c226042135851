-- The batch an evaluation was part of (a list evaluated at once), so an auditor can find the list again;
-- null for an evaluation asked for on its own.
alter table evaluation add column batch_id varchar(100);
create index evaluation_by_batch on evaluation (batch_id, evaluated_at);
