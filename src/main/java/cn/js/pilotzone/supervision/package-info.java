/**
 * 管理与复核 (§7): the life of a title after designation. The calendar opens each year's annual
 * report and every second year's re-evaluation, and reminds the parks before each deadline; the
 * province files reports, decides re-evaluations, orders rectification (限期整改) and revokes titles.
 * The reports themselves are dossiers of the application module, on the form of Appendix C.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package cn.js.pilotzone.supervision;
