package cn.js.pilotzone.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Vets a ZIP package (Word .docx, Excel .xlsx, OFD) before anything else opens it: bounded work
 * whatever the archive claims, no entry that could escape a directory, and XML parts that parse
 * without a DOCTYPE, so that neither a decompression bomb nor an XML external entity reaches Apache
 * POI or a viewer.
 */
@Component
public class OoxmlInspector {

    /** Real documents hold tens to a few thousand parts; more only makes the central directory a weapon. */
    static final int MAX_ENTRIES = 10_000;
    /** Far above any genuine evidence file, far below what would exhaust the disk or heap of a reader. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** XML parts compress about 10:1, at most some 30:1; 100:1 on a large entry is a bomb, not a document. */
    static final long MAX_RATIO = 100;
    /** Small parts (styles, empty sheets) compress far better than that and harm no one. */
    static final long RATIO_APPLIES_ABOVE = 1024 * 1024;

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORD_DOCUMENT = "word/document.xml";
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String OFD_ROOT = "OFD.xml";
    private static final int BUFFER_SIZE = 16 * 1024;

    /**
     * @return DOCX, XLSX or OFD for a well-formed, safe package
     * @throws EvidenceRejected evidence.unsafeArchive, evidence.unsafeXml or evidence.brokenOoxml
     */
    public FileType inspect(Path zipFile) {
        return inspect(zipFile, MAX_TOTAL_BYTES);
    }

    /**
     * As {@link #inspect(Path)}, with a lower limit on what the package may inflate to: a workbook
     * that is read into memory afterwards must stay far below the evidence limit.
     */
    FileType inspect(Path zipFile, long maxTotalBytes) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Set<String> names = inflateAll(zip, Files.size(zipFile), maxTotalBytes);
            FileType type = packageType(names);
            if (type == FileType.OFD) {
                parse(zip, OFD_ROOT);
            } else {
                parse(zip, CONTENT_TYPES);
                parse(zip, type == FileType.DOCX ? WORD_DOCUMENT : WORKBOOK);
            }
            return type;
        } catch (IOException | IllegalArgumentException e) {
            // ZipFile reports a damaged, truncated or encrypted archive, or undecodable entry names, this way.
            throw unsafeArchive();
        }
    }

    /**
     * Inflates every entry, counting the bytes that really come out instead of trusting the sizes
     * the archive declares, and stops at the first limit crossed.
     */
    private static Set<String> inflateAll(ZipFile zip, long archiveSize, long maxTotalBytes) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw unsafeArchive();
        }
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            // Two entries of one name let two readers see two different documents.
            if (escapes(entry.getName()) || !names.add(entry.getName()) || entry.getCompressedSize() > archiveSize) {
                throw unsafeArchive();
            }
            long compressed = Math.max(1, entry.getCompressedSize());
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    inflated += read;
                    total += read;
                    if (total > maxTotalBytes
                            || inflated > RATIO_APPLIES_ABOVE && inflated > MAX_RATIO * compressed) {
                        throw unsafeArchive();
                    }
                }
            }
        }
        return names;
    }

    private static boolean escapes(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.length() > 1 && name.charAt(1) == ':') {
            return true;
        }
        for (String segment : name.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static FileType packageType(Set<String> names) {
        if (names.contains(CONTENT_TYPES) && names.contains(WORD_DOCUMENT)) {
            return FileType.DOCX;
        }
        if (names.contains(CONTENT_TYPES) && names.contains(WORKBOOK)) {
            return FileType.XLSX;
        }
        if (names.contains(OFD_ROOT)) {
            return FileType.OFD;
        }
        throw new EvidenceRejected("evidence.brokenOoxml");
    }

    /**
     * Parses one part with a parser that refuses any DOCTYPE. A failure before the root element is
     * taken as a DOCTYPE: the parser reports it no differently from a damaged prolog, and a genuine
     * Office or OFD writer produces neither.
     */
    private static void parse(ZipFile zip, String partName) throws IOException {
        RootTracker tracker = new RootTracker();
        try (InputStream in = zip.getInputStream(zip.getEntry(partName))) {
            hardenedParser().parse(in, tracker);
        } catch (SAXException e) {
            throw new EvidenceRejected(tracker.rootSeen ? "evidence.brokenOoxml" : "evidence.unsafeXml");
        }
    }

    private static SAXParser hardenedParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser supports these features", e);
        }
    }

    private static EvidenceRejected unsafeArchive() {
        return new EvidenceRejected("evidence.unsafeArchive");
    }

    private static final class RootTracker extends DefaultHandler {

        private boolean rootSeen;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            rootSeen = true;
        }
    }
}
