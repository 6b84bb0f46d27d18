/**
 * Evidence files (证明材料): uploads streamed to disk with bounded memory, recognised by their bytes,
 * archives vetted before anything opens them, SHA-256 and SM3 recorded. Callers decide who may read
 * a file; this module never serves files over HTTP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package cn.js.pilotzone.evidence;
