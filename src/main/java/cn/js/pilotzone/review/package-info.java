/**
 * 初审: the city's preliminary review of its parks' submitted applications — return for revision,
 * recommend or not, each with a written opinion — and the recommendation letter of Appendix B, which
 * reaches the province once the city has uploaded it signed and sealed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "City review")
package cn.js.pilotzone.review;
