package cn.js.pilotzone.common;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets the code that refuses a request say why, in a message key that the error page shows in the
 * user's language instead of the general text for the status.
 */
public final class ErrorMessages {

    /** Request attribute carrying the message key to the error page. */
    public static final String ATTRIBUTE = "pilotzone.errorMessageKey";

    private ErrorMessages() {
    }

    public static void explain(HttpServletRequest request, String messageKey) {
        request.setAttribute(ATTRIBUTE, messageKey);
    }
}
