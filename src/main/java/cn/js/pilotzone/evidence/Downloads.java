package cn.js.pilotzone.evidence;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;


/**
 * Files always leave as attachments with their detected type, never to be shown inline, so that a
 * file cannot run as a page of this site; the name keeps its Chinese characters (RFC 6266 filename*).
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok().headers(headers(name, type, bytes.length)).body(bytes);
    }

    public static ResponseEntity<Resource> file(StoredFile file, InputStream content) {
        return ResponseEntity.ok().headers(headers(nameFor(file), MediaType.parseMediaType(file.type().mediaType()),
                file.size())).body(new InputStreamResource(content));
    }

    /**
     * The uploader's name with the extension of what the file really is: a PDF uploaded as
     * "x.html" must not open as a web page once saved.
     */
    public static String nameFor(StoredFile file) {
        String name = file.originalName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "." + file.type().extension();
    }

    private static HttpHeaders headers(String name, MediaType type, long length) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentLength(length);
        headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        return headers;
    }
}
