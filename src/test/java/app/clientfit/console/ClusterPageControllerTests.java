package app.clientfit.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.clientfit.cluster.ClusterNode;
import app.clientfit.cluster.ThisNode;

@ConsolePageTest(ClusterPageController.class)
class ClusterPageControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ThisNode node;

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldListTheLiveNodesAndSayWhenTheirVersionsDiffer() throws Exception {
        when(node.id()).thenReturn("köln:8080");
        when(node.live()).thenReturn(List.of(new ClusterNode("bonn:8080", "abc123", Instant.parse("2026-12-02T10:00:01Z")),
                new ClusterNode("köln:8080", "def456", Instant.parse("2026-12-02T10:00:02Z"))));

        String page = mvc.perform(get("/console/cluster").header("Accept-Language", "de")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-node=\"bonn:8080\"", "data-node=\"köln:8080\"", "def456", "2026-12-02 10:00:02 UTC",
                "dieser Knoten", "id=\"versions-differ\"");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void shouldNotWarnWhileEveryNodeServesTheSameVersion() throws Exception {
        when(node.live()).thenReturn(List.of(new ClusterNode("a", "abc123", Instant.EPOCH), new ClusterNode("b", "abc123", Instant.EPOCH)));

        String page = mvc.perform(get("/console/cluster")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Nodes of this service").doesNotContain("id=\"versions-differ\"");
    }

    @Test
    @WithMockUser(roles = {"COACH", "AUDITOR"})
    void shouldKeepTheNodesFromAnyoneButTheAdministrator() throws Exception {
        mvc.perform(get("/console/cluster")).andExpect(status().isForbidden());
    }
}
