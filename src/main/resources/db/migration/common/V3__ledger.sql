-- The audit trail. seq is contiguous from 1; each record holds the SHA-256 of its predecessor
-- (prev_hash) and of its own canonical content (entry_hash). No statement of the application ever
-- changes or removes a row, and a trigger (vendor migrations) makes the database refuse it too.
CREATE TABLE audit_record (
    seq             BIGINT         PRIMARY KEY,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)    NOT NULL,
    organisation    VARCHAR(100)   NOT NULL,
    client_address  VARCHAR(64)    NOT NULL,
    action          VARCHAR(64)    NOT NULL,
    object_ref      VARCHAR(200)   NOT NULL,
    result          VARCHAR(16)    NOT NULL,
    detail          VARCHAR(1000)  NOT NULL,
    prev_hash       CHAR(64)       NOT NULL,
    entry_hash      CHAR(64)       NOT NULL UNIQUE
);

CREATE INDEX audit_record_time_idx ON audit_record (recorded_at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor);

-- The chain head: one row, locked by every append so that appends are serialised.
CREATE TABLE ledger_head (
    id         INT       PRIMARY KEY,
    last_seq   BIGINT    NOT NULL,
    last_hash  CHAR(64)  NOT NULL
);

INSERT INTO ledger_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
