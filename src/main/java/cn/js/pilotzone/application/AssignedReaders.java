package cn.js.pilotzone.application;

/**
 * Others who may read a case because they were assigned to judge it (the experts of its panel). The
 * panel module answers; this module only asks, so that the panel may depend on applications.
 */
public interface AssignedReaders {

    boolean mayRead(long applicationId, long accountId);
}
