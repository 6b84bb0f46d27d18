package cn.js.pilotzone.evidence;

import static cn.js.pilotzone.evidence.Packages.write;
import static cn.js.pilotzone.evidence.Packages.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OoxmlInspectorTest {

    private static final String XXE = "<?xml version=\"1.0\"?>"
            + "<!DOCTYPE Types [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">&xxe;</Types>";

    private final OoxmlInspector inspector = new OoxmlInspector();

    @TempDir
    Path directory;

    @Test
    void wordDocumentIsRecognised() throws IOException {
        assertThat(inspector.inspect(write(directory, "a.docx", Packages.docx()))).isEqualTo(FileType.DOCX);
    }

    @Test
    void excelWorkbookIsRecognised() throws IOException {
        assertThat(inspector.inspect(write(directory, "a.xlsx", Packages.xlsx()))).isEqualTo(FileType.XLSX);
    }

    @Test
    void ofdPackageIsRecognised() throws IOException {
        assertThat(inspector.inspect(write(directory, "a.ofd", Packages.ofd()))).isEqualTo(FileType.OFD);
    }

    @Test
    void zipBombDisguisedAsWorkbookIsRefusedWithoutInflatingIt() throws IOException {
        Path bomb = Packages.zipBomb(directory.resolve("roster.xlsx"), 300L * 1024 * 1024);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertRefused(bomb, "evidence.unsafeArchive");
    }

    @Test
    void moreThanTheTotalLimitIsRefusedEvenInSmallEntries() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        // Each entry alone stays below the size at which the ratio is checked.
        String almostOneMebibyte = "x".repeat((int) OoxmlInspector.RATIO_APPLIES_ABOVE);
        for (int i = 0; i <= OoxmlInspector.MAX_TOTAL_BYTES / OoxmlInspector.RATIO_APPLIES_ABOVE; i++) {
            parts.put("xl/media/part" + i + ".xml", almostOneMebibyte);
        }
        assertRefused(write(directory, "big.xlsx", zip(parts)), "evidence.unsafeArchive");
    }

    @Test
    void externalEntityInContentTypesIsRefused() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        parts.put("[Content_Types].xml", XXE);
        assertRefused(write(directory, "xxe.xlsx", zip(parts)), "evidence.unsafeXml");
    }

    @Test
    void doctypeInTheMainPartIsRefused() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE workbook><workbook/>");
        assertRefused(write(directory, "doctype.xlsx", zip(parts)), "evidence.unsafeXml");
    }

    @Test
    void entryLeavingThePackageDirectoryIsRefused() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        parts.put("../evil", "x");
        assertRefused(write(directory, "slip.xlsx", zip(parts)), "evidence.unsafeArchive");
    }

    @Test
    void entryWithAnAbsolutePathIsRefused() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        parts.put("/etc/cron.d/evil", "x");
        assertRefused(write(directory, "absolute.xlsx", zip(parts)), "evidence.unsafeArchive");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>(Packages.workbookParts());
        for (int i = 0; i < OoxmlInspector.MAX_ENTRIES; i++) {
            parts.put("xl/part" + i, "");
        }
        assertRefused(write(directory, "many.xlsx", zip(parts)), "evidence.unsafeArchive");
    }

    @Test
    void encryptedEntryIsRefused() throws IOException {
        byte[] archive = zip(Packages.workbookParts());
        setEncryptedFlags(archive);
        assertRefused(write(directory, "encrypted.xlsx", archive), "evidence.unsafeArchive");
    }

    @Test
    void truncatedArchiveIsRefused() throws IOException {
        byte[] archive = Packages.xlsx();
        byte[] truncated = Arrays.copyOf(archive, archive.length / 2);
        assertRefused(write(directory, "truncated.xlsx", truncated), "evidence.unsafeArchive");
    }

    @Test
    void plainZipWithoutOfficePartsIsRefused() throws IOException {
        byte[] archive = zip(Map.of("readme.txt", "hello", "data.csv", "1,2"));
        assertRefused(write(directory, "plain.xlsx", archive), "evidence.brokenOoxml");
    }

    @Test
    void malformedMainPartIsRefusedAsBroken() throws IOException {
        Map<String, String> parts = Packages.workbookParts();
        parts.put("xl/workbook.xml", "<workbook><sheets></workbook>");
        assertRefused(write(directory, "malformed.xlsx", zip(parts)), "evidence.brokenOoxml");
    }

    private void assertRefused(Path file, String messageKey) {
        assertThatThrownBy(() -> inspector.inspect(file)).isInstanceOf(EvidenceRejected.class)
                .extracting(e -> ((EvidenceRejected) e).messageKey()).isEqualTo(messageKey);
    }

    /** Sets bit 0 of the general-purpose flags (encrypted) in every local and central header. */
    private static void setEncryptedFlags(byte[] archive) {
        for (int i = 0; i + 8 < archive.length; i++) {
            if (archive[i] == 'P' && archive[i + 1] == 'K' && archive[i + 2] == 3 && archive[i + 3] == 4) {
                archive[i + 6] |= 1;
            } else if (archive[i] == 'P' && archive[i + 1] == 'K' && archive[i + 2] == 1 && archive[i + 3] == 2) {
                archive[i + 8] |= 1;
            }
        }
    }
}
