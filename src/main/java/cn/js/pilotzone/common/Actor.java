package cn.js.pilotzone.common;

/**
 * Who is acting, as the audit trail records it. Implemented by the logged-in principal so that
 * modules that know nothing of accounts can still name the actor.
 */
public interface Actor {

    String loginName();

    String organisationName();
}
