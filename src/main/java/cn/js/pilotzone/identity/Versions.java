package cn.js.pilotzone.identity;

import org.springframework.dao.OptimisticLockingFailureException;

final class Versions {

    private Versions() {
    }

    /**
     * Refuses an edit made on a form that was loaded before someone else's change, instead of
     * silently overwriting that change.
     */
    static void require(long submitted, long current) {
        if (submitted != current) {
            throw new OptimisticLockingFailureException("stale version " + submitted + " != " + current);
        }
    }
}
