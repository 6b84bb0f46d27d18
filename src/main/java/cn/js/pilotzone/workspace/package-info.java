/**
 * The page shell: layout, language, error pages, and the home page's 待办事项 (my tasks), which
 * other modules fill through {@link cn.js.pilotzone.workspace.TodoProvider}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspace")
package cn.js.pilotzone.workspace;
