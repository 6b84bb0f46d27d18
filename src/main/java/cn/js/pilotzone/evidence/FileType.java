package cn.js.pilotzone.evidence;

/** The kinds of file the system accepts as evidence, each recognised by its content. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file-name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
