package cn.js.pilotzone.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its leading bytes (its magic number), never from its name, so that an
 * executable renamed report.pdf is refused. A ZIP container is only a candidate until the package
 * inside has been inspected.
 */
@Component
class TypeSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final Set<FileType> PACKAGES = EnumSet.of(FileType.DOCX, FileType.XLSX, FileType.OFD);

    private final OoxmlInspector inspector;

    TypeSniffer(OoxmlInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * @return the file's type, when it is one of the accepted ones
     * @throws EvidenceRejected evidence.typeNotAccepted, or the inspector's verdict on a package
     */
    FileType detect(Path file, Set<FileType> accepted) throws IOException {
        byte[] head = head(file);
        FileType type = null;
        if (startsWith(head, PDF)) {
            type = FileType.PDF;
        } else if (startsWith(head, JPEG)) {
            type = FileType.JPEG;
        } else if (startsWith(head, PNG)) {
            type = FileType.PNG;
        } else if (startsWith(head, ZIP) && accepted.stream().anyMatch(PACKAGES::contains)) {
            type = inspector.inspect(file);
        }
        if (type == null || !accepted.contains(type)) {
            throw new EvidenceRejected("evidence.typeNotAccepted", describe(accepted));
        }
        return type;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PNG.length);
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length
                && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** The accepted types as the refusal names them, in a fixed order. */
    private static String describe(Set<FileType> accepted) {
        return EnumSet.copyOf(accepted).stream().map(FileType::name).collect(Collectors.joining("/"));
    }
}
