package cn.js.pilotzone.evidence;

/**
 * Tidies the name a browser sent with an upload. The name is shown to people and offered again on
 * download, so it loses any directory part (old browsers send C:\fakepath\...), control characters,
 * and invisible format characters such as U+202E, which can make "gpj.exe" look like "exe.jpg".
 */
final class OriginalNames {

    /** The length of the column that keeps it. */
    private static final int MAX_LENGTH = 200;

    private OriginalNames() {
    }

    static String tidy(String name, FileType type) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(base.length());
        base.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String tidy = kept.toString().strip();
        if (tidy.isEmpty()) {
            return "evidence." + type.extension();
        }
        return cut(tidy, MAX_LENGTH);
    }

    /** Cuts to at most length UTF-16 units without splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
