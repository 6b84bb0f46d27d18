CREATE TRIGGER audit_record_append_only BEFORE UPDATE, DELETE ON audit_record
    FOR EACH ROW CALL 'cn.js.pilotzone.ledger.domain.AppendOnlyTrigger';
