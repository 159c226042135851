package app.clientfit.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param maxRows       clients a list may hold; a longer one is answered 413
 * @param maxUploadSize the largest file accepted; a larger one is answered 413
 * @param threads       rows evaluated at once; most of them wait for their audit commit, which many rows share
 * @param window        rows read ahead of the one being written (memory stays bounded whatever the list's length)
 */
@Validated
@ConfigurationProperties("clientfit.batch")
public record BatchProperties(@Min(1) @Max(10_000_000) @DefaultValue("200000") int maxRows,
                              @NotNull @DefaultValue("50MB") DataSize maxUploadSize,
                              @Min(1) @Max(1_000) @DefaultValue("64") int threads,
                              @Min(1) @Max(100_000) @DefaultValue("2048") int window) {
}
