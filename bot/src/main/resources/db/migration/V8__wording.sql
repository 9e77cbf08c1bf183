-- Sentences residents read, as edited by administrators. A key without a row here uses the
-- default shipped in wording/defaults.properties; deleting the row restores the default.
CREATE TABLE wording (
    wording_key VARCHAR(100)  PRIMARY KEY,
    text        VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL
);
