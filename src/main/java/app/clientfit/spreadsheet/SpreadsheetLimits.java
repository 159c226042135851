package app.clientfit.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What a workbook may be, for every workbook the service opens (the rule folder's and uploaded ones).
 *
 * @param maxFileSize     the largest workbook or CSV table read
 * @param minInflateRatio the smallest compressed-to-uncompressed ratio of a part of an .xlsx (a zip):
 *                        anything that inflates more is taken for a zip bomb
 * @param maxEntrySize    the largest uncompressed part of an .xlsx (a sheet, the shared strings)
 * @param maxTextSize     the most text read from one part
 * @param maxEntries      the most parts an .xlsx may have
 * @param maxRecordSize   the largest single block of bytes the reader may allocate
 */
@Validated
@ConfigurationProperties("clientfit.spreadsheet")
public record SpreadsheetLimits(@NotNull @DefaultValue("5MB") DataSize maxFileSize,
                                @DecimalMin("0.001") @DecimalMax("0.5") @DefaultValue("0.01") double minInflateRatio,
                                @NotNull @DefaultValue("64MB") DataSize maxEntrySize,
                                @NotNull @DefaultValue("10MB") DataSize maxTextSize,
                                @Min(10) @Max(100_000) @DefaultValue("1000") int maxEntries,
                                @NotNull @DefaultValue("64MB") DataSize maxRecordSize) {

    /** The defaults, for code that runs without the application's configuration. */
    public static SpreadsheetLimits defaults() {
        return new SpreadsheetLimits(DataSize.ofMegabytes(5), 0.01, DataSize.ofMegabytes(64), DataSize.ofMegabytes(10),
                1000, DataSize.ofMegabytes(64));
    }
}
