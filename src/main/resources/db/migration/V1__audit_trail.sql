-- The audit trail. One schema for H2 and PostgreSQL: only types and statements both understand.

-- One row per answered evaluation. findings and fired_rules are the answer's JSON arrays,
-- facts the request body as it was received.
create table evaluation (
    id              uuid                     not null primary key,
    evaluated_at    timestamp with time zone not null,
    client_id       varchar(200)             not null,
    verdict         varchar(10)              not null,
    score           integer                  not null,
    ruleset_version varchar(64)              not null,
    caller          varchar(200),
    request_id      varchar(100)             not null,
    facts           varchar                  not null,
    findings        varchar                  not null,
    fired_rules     varchar                  not null
);
create index evaluation_by_time on evaluation (evaluated_at, id);
create index evaluation_by_client on evaluation (client_id, evaluated_at);
create index evaluation_by_verdict on evaluation (verdict, evaluated_at);

-- The rules that fired, one row each in firing order: what the search by rule and the statistics read.
create table fired_rule (
    evaluation_id uuid    not null references evaluation (id) on delete cascade,
    fired_order   integer not null,
    rule_name     varchar not null,
    primary key (evaluation_id, fired_order)
);
create index fired_rule_by_name on fired_rule (rule_name, evaluation_id);

-- Rule files by content: stored once, however many versions contain them.
create table rule_file (
    sha256  char(64) not null primary key,
    content bytea    not null
);

-- Every rule-set version that was activated, and the files it was built from.
create table ruleset_version (
    version             varchar(64)              not null primary key,
    first_activated_at  timestamp with time zone not null
);

create table ruleset_source (
    version varchar(64)   not null references ruleset_version (version),
    path    varchar(1000) not null,
    kind    varchar(20)   not null,
    sha256  char(64)      not null references rule_file (sha256),
    primary key (version, path)
);
