package app.clientfit.batch;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A number cell's text as a program reads it, whatever its display format: {@code 1234.5} rather than {@code 1.234,50 €},
 * a date as {@code 2026-11-23} (with the time when it has one), so a list reads the same in every locale.
 */
final class PlainCellText extends DataFormatter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.format(DATE_TIME);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
