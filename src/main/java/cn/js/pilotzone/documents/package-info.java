/**
 * Official documents as files: A4 PDF forms from XHTML with an embedded CJK font, Word documents and
 * Excel workbooks for export and import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package cn.js.pilotzone.documents;
