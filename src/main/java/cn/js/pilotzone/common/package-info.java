/**
 * Value types and small helpers shared by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.js.pilotzone.common;
