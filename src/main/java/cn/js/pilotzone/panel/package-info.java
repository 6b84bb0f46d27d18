/**
 * The provincial expert pool and the panel that evaluates each application the province received:
 * experts chosen by hand or drawn at random by expertise, conflicts of interest both declared and
 * detected, and each expert's own confirmation of no conflict before the case opens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert panel")
package cn.js.pilotzone.panel;
