package app.clientfit.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The formats a search can be exported in, besides its JSON pages. */
enum ExportFormat {

    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx");

    private final MediaType mediaType;
    private final String extension;

    ExportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /**
     * The export asked for: by {@code format=} first, else by the first Accept entry that names one
     * (entries in the order given).
     *
     * @return null for a JSON page
     * @throws IllegalArgumentException for an unknown format name
     */
    static ExportFormat choose(String format, String accept) {
        if (format != null) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                case "json" -> null;
                default -> throw new IllegalArgumentException("must be csv, xlsx or json");
            };
        }
        for (MediaType wanted : accepted(accept)) {
            for (ExportFormat candidate : values()) {
                if (candidate.mediaType.equalsTypeAndSubtype(wanted)) {
                    return candidate;
                }
            }
            if (wanted.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return null;
            }
        }
        return null;
    }

    private static List<MediaType> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return List.of();
        }
    }
}
