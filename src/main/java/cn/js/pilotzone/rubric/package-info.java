/**
 * The indicator catalogue the experts rate against: the thirteen indicators of Table 1 in four
 * categories, kept as versioned data so that a revised standard does not change past ratings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rubric")
package cn.js.pilotzone.rubric;
