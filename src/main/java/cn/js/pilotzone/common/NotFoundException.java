package cn.js.pilotzone.common;

/**
 * The object does not exist or the caller may not know that it exists: both answer 404, so that a
 * foreign id never reveals data.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
