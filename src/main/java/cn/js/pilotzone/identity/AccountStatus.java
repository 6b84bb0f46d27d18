package cn.js.pilotzone.identity;

public enum AccountStatus {
    /** Registered by a park itself, waiting for its city's reviewer. */
    PENDING,
    ACTIVE,
    DISABLED,
    /** A registration that the reviewer turned down; kept, never deleted. */
    REJECTED
}
