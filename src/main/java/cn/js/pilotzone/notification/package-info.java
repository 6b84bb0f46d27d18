/**
 * Telling people: each transition of an application reaches those who must act next, and the park,
 * as an in-app message and, where the account has an address and the system a mail server, an e-mail
 * in Chinese. Mail leaves only after the change has committed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package cn.js.pilotzone.notification;
