package cn.js.pilotzone.workspace;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing that awaits the current user.
 *
 * @param messageKey what to do, as a message key
 * @param arguments arguments of that message
 * @param link where to do it
 * @param deadline the date by which it is due, or null
 */
public record TodoItem(String messageKey, List<Object> arguments, String link, LocalDate deadline) {

    public TodoItem {
        arguments = List.copyOf(arguments);
    }

    public boolean isOverdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }
}
