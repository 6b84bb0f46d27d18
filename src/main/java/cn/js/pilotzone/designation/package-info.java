/**
 * Designations (发文公布) of parks as 江苏省区块链技术创新应用试验区, and their revocation. So far it
 * answers who holds the title; the provincial decision that designates and revokes comes with the
 * evaluation workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Designation")
package cn.js.pilotzone.designation;
