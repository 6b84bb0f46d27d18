package cn.js.pilotzone.evidence;

import static cn.js.pilotzone.evidence.Packages.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeSnifferTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private static final Set<FileType> ALL = EnumSet.allOf(FileType.class);

    private final TypeSniffer sniffer = new TypeSniffer(new OoxmlInspector());

    @TempDir
    Path directory;

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() throws IOException {
        assertThat(sniffer.detect(write(directory, "a", PDF), ALL)).isEqualTo(FileType.PDF);
        assertThat(sniffer.detect(write(directory, "b", JPEG), ALL)).isEqualTo(FileType.JPEG);
        assertThat(sniffer.detect(write(directory, "c", PNG), ALL)).isEqualTo(FileType.PNG);
        assertThat(sniffer.detect(write(directory, "d", Packages.docx()), ALL)).isEqualTo(FileType.DOCX);
        assertThat(sniffer.detect(write(directory, "e", Packages.xlsx()), ALL)).isEqualTo(FileType.XLSX);
        assertThat(sniffer.detect(write(directory, "f", Packages.ofd()), ALL)).isEqualTo(FileType.OFD);
    }

    @Test
    void renamedExecutableIsRefused() throws IOException {
        assertRefused(write(directory, "report.pdf", EXECUTABLE), ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"申报说明：本园区……", "#!/bin/sh\nrm -rf /\n", "\u007fELF\u0002\u0001\u0001", "<html><script>",
            "PK\u0005\u0006"})
    void otherContentIsRefusedWhateverItsName(String content) throws IOException {
        assertRefused(write(directory, "evidence.pdf", content.getBytes(StandardCharsets.UTF_8)), ALL);
    }

    @Test
    void tinyFileIsRefused() throws IOException {
        assertRefused(write(directory, "x.png", new byte[] {(byte) 0x89, 'P'}), ALL);
    }

    @Test
    void recognisedTypeOutsideTheAcceptedOnesIsRefused() throws IOException {
        assertRefused(write(directory, "photo.pdf", JPEG), EnumSet.of(FileType.PDF));
        assertRefused(write(directory, "roster.pdf", Packages.xlsx()), EnumSet.of(FileType.PDF, FileType.DOCX));
    }

    @Test
    void refusalNamesTheAcceptedTypesInAFixedOrder() throws IOException {
        assertThatThrownBy(() -> sniffer.detect(write(directory, "x", EXECUTABLE), Set.of(FileType.PNG, FileType.PDF)))
                .isInstanceOf(EvidenceRejected.class)
                .satisfies(e -> assertThat(((EvidenceRejected) e).arguments()).containsExactly("PDF/PNG"));
    }

    private void assertRefused(Path file, Set<FileType> accepted) {
        assertThatThrownBy(() -> sniffer.detect(file, accepted)).isInstanceOf(EvidenceRejected.class)
                .extracting(e -> ((EvidenceRejected) e).messageKey()).isEqualTo("evidence.typeNotAccepted");
    }
}
