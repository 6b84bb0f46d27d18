package cn.js.pilotzone.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where evidence files are kept.
 *
 * @param root the store's directory; it must lie outside every path a web server serves
 */
@ConfigurationProperties("pilotzone.evidence")
record EvidenceProperties(Path root) {

    EvidenceProperties {
        root = root != null ? root : Path.of("./data/evidence");
    }
}
