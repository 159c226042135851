-- Several instances on one database: who is alive with which rule version, which versions a node refused,
-- and the lock that lets a scheduled job run on one node at a time.

create table cluster_node (
    id             varchar(200)             not null primary key,
    active_version varchar(64),
    started_at     timestamp with time zone not null,
    last_seen      timestamp with time zone not null
);

-- A rule version (the content hash of the rule files) one node found invalid: no other node activates it.
create table refused_version (
    version    varchar(64)              not null primary key,
    refused_by varchar(200)             not null,
    refused_at timestamp with time zone not null,
    problem    varchar(2000)            not null
);

-- ShedLock's table (its documented layout).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
