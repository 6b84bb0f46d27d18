package cn.js.pilotzone.workspace;

import java.util.List;

/**
 * Implemented by each module that gives people work; the home page lists what every provider
 * returns for the current user, who the provider finds in the security context.
 */
public interface TodoProvider {

    List<TodoItem> todosForCurrentUser();
}
