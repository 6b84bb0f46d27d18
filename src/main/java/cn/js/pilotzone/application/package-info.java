/**
 * 申报: application rounds and, in later steps, the application form of Appendix A, its evidence,
 * checks and submission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Application")
package cn.js.pilotzone.application;
