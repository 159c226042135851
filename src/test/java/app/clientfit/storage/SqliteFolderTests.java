package app.clientfit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SqliteFolderTests {

    @Test
    void shouldFindTheFileOfASqliteUrlWithOrWithoutParameters() {
        assertThat(SqliteFolder.fileOf("jdbc:sqlite:data/clientfit.sqlite?journal_mode=WAL&busy_timeout=5000"))
                .contains(Path.of("data/clientfit.sqlite"));
        assertThat(SqliteFolder.fileOf("jdbc:sqlite:/srv/clientfit/audit.sqlite")).contains(Path.of("/srv/clientfit/audit.sqlite"));
        assertThat(SqliteFolder.fileOf("jdbc:sqlite:file:data/clientfit.sqlite")).contains(Path.of("data/clientfit.sqlite"));
    }

    @Test
    void shouldLeaveOtherDatabasesAndMemoryAlone() {
        assertThat(SqliteFolder.fileOf("jdbc:h2:file:./data/clientfit;WRITE_DELAY=0")).isEmpty();
        assertThat(SqliteFolder.fileOf("jdbc:postgresql://db/clientfit")).isEmpty();
        assertThat(SqliteFolder.fileOf("jdbc:sqlite::memory:")).isEmpty();
        assertThat(SqliteFolder.fileOf("jdbc:sqlite:")).isEmpty();
        assertThat(SqliteFolder.fileOf("jdbc:sqlite:file:audit?mode=memory&cache=shared")).isEmpty();
    }
}
