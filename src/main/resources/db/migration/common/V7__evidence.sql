-- Evidence files (证明材料). The bytes lie in the file store under stored_name, a random name
-- relative to the store's root; original_name is what the uploader called the file, shown but never
-- used as a path. A row is inserted only once its file is durable, and no statement of the
-- application ever changes or removes one.
CREATE TABLE evidence_file (
    id             VARCHAR(36)   PRIMARY KEY,
    stored_name    VARCHAR(64)   NOT NULL UNIQUE,
    original_name  VARCHAR(200)  NOT NULL,
    file_type      VARCHAR(8)    NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    sm3            CHAR(64)      NOT NULL,
    uploaded_by    VARCHAR(32)   NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
