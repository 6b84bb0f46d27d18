package cn.js.pilotzone.ledger;

public enum AuditResult {
    SUCCESS, FAILURE, DENIED
}
