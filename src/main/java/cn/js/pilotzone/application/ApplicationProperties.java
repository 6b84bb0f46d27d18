package cn.js.pilotzone.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the application form.
 *
 * @param maxEvidenceFile  the largest evidence file accepted (default 50 MB)
 * @param maxEvidenceTotal all evidence of one application together (default 500 MB)
 * @param maxWorkbook      the largest roster spreadsheet accepted for import
 */
@ConfigurationProperties("pilotzone.application")
public record ApplicationProperties(DataSize maxEvidenceFile, DataSize maxEvidenceTotal, DataSize maxWorkbook) {

    public ApplicationProperties {
        maxEvidenceFile = maxEvidenceFile == null ? DataSize.ofMegabytes(50) : maxEvidenceFile;
        maxEvidenceTotal = maxEvidenceTotal == null ? DataSize.ofMegabytes(500) : maxEvidenceTotal;
        maxWorkbook = maxWorkbook == null ? DataSize.ofMegabytes(10) : maxWorkbook;
    }
}
