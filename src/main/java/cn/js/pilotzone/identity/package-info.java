/**
 * Who is who: organisations, jurisdictions, accounts and roles, and how a person logs in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package cn.js.pilotzone.identity;
