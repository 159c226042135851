package app.clientfit.console;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import app.clientfit.batch.BatchEvaluation;
import app.clientfit.batch.EvaluatedList;
import app.clientfit.batch.TableFormat;

@ConsolePageTest(BatchPageController.class)
@WithMockUser(username = "coach", roles = "COACH")
class BatchPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BatchEvaluation batch;

    @TempDir
    Path folder;

    @Test
    void shouldOfferTheTemplateAndTheUploadInEnglishAndGerman() throws Exception {
        mvc.perform(get("/console/batch")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Download the template (.xlsx)")))
                .andExpect(content().string(containsString("id=\"batch-file\"")));
        mvc.perform(get("/console/batch").param("lang", "de")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vorlage herunterladen (.xlsx)")))
                .andExpect(content().string(containsString("Die Liste wird bewertet")));
    }

    @Test
    void shouldDownloadTheTemplate() throws Exception {
        mvc.perform(get("/console/batch/template")).andExpect(request().asyncStarted())
                .andExpect(header().string("Content-Disposition", containsString("clientfit-clients.xlsx")));
    }

    @Test
    void shouldHandTheEvaluatedListBackAsADownload() throws Exception {
        Path evaluated = Files.writeString(folder.resolve("out.csv"), "clientId,stage,verdict\nk-1,ACTIVE,GOOD\n");
        when(batch.evaluate(any(InputStream.class), eq("Kunden.csv"), anyLong(), isNull(), eq("coach"), any()))
                .thenReturn(new EvaluatedList(evaluated, TableFormat.CSV, "Kunden-evaluated.csv", "b-1", 1, 0));

        MvcResult result = mvc.perform(multipart("/console/batch").file(new MockMultipartFile("file", "Kunden.csv", "text/csv",
                        "clientId,stage\nk-1,ACTIVE\n".getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("X-Batch-Rows", "1"))
                .andExpect(header().string("Content-Disposition", containsString("Kunden-evaluated.csv"))).andReturn();

        org.assertj.core.api.Assertions.assertThat(result.getRequest().isAsyncStarted()).isTrue();
    }

    @Test
    void shouldSayOnThePageWhyAListWasNotRead() throws Exception {
        when(batch.evaluate(any(InputStream.class), eq("Kunden.xls"), anyLong(), isNull(), eq("coach"), any()))
                .thenAnswer(call -> TableFormat.ofFileName(call.getArgument(1)));

        mvc.perform(multipart("/console/batch").file(new MockMultipartFile("file", "Kunden.xls", "application/octet-stream", new byte[] {1}))
                        .with(csrf()).param("lang", "de"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("save it as .xlsx, .ods or .csv")));
    }
}
