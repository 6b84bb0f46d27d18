package cn.js.pilotzone.common;

import java.util.Arrays;

/**
 * A business rule refused an operation. Carries a message-bundle key so the web layer can show the
 * reason in the user's language; never carries internal details.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
