package app.clientfit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;

class SearchParametersTests {

    @Test
    void shouldReadEveryFilter() {
        SearchParameters.Search search = parse("clientId=acme&verdict=bad&rule=Late payer&from=2026-11-01&to=2026-11-23T10:15:30+01:00&page=2&size=50");

        assertThat(search.criteria()).isEqualTo(new SearchCriteria("acme", "BAD", "Late payer", Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-23T09:15:30Z")));
        assertThat(search.page()).isEqualTo(2);
        assertThat(search.size()).isEqualTo(50);
        assertThat(search.format()).isNull();
    }

    @Test
    void shouldTakeAnOffsetWhosePlusArrivedAsASpace() {
        assertThat(parse("from=2026-11-23T10:15:30 01:00").criteria().from()).isEqualTo(Instant.parse("2026-11-23T09:15:30Z"));
    }

    @Test
    void shouldDefaultToTheFirstPageOfTwenty() {
        SearchParameters.Search search = parse("");

        assertThat(search.page()).isZero();
        assertThat(search.size()).isEqualTo(20);
        assertThat(search.criteria()).isEqualTo(new SearchCriteria(null, null, null, null, null));
    }

    @Test
    void shouldNameEveryBadParameterAtOnce() {
        assertThatThrownBy(() -> parse("verdict=MAYBE&page=-1&size=101&from=soon&clientid=x&format=pdf"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(fields(e.getBody()))
                        .containsExactlyInAnyOrder("clientid", "verdict", "page", "size", "from", "format"));
    }

    @Test
    void shouldRefuseAnEmptyOrReversedTimeRange() {
        assertThatThrownBy(() -> parse("from=2026-11-23&to=2026-11-23"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(fields(e.getBody())).containsExactly("to"));
    }

    @Test
    void shouldTakeTheClientOfAHistoryFromThePathOnly() {
        assertThat(SearchParameters.parse(query(""), "acme", null, 100).criteria().clientId()).isEqualTo("acme");
        assertThatThrownBy(() -> SearchParameters.parse(query("clientId=other"), "acme", null, 100))
                .isInstanceOf(ErrorResponseException.class);
    }

    @Test
    void shouldAskForAnExportByFormatOrAcceptHeader() {
        assertThat(SearchParameters.parse(query("format=CSV"), null, null, 100).format()).isEqualTo(ExportFormat.CSV);
        assertThat(SearchParameters.parse(query(""), null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 100).format())
                .isEqualTo(ExportFormat.XLSX);
        assertThat(SearchParameters.parse(query(""), null, "text/csv;q=0.9, */*;q=0.1", 100).format()).isEqualTo(ExportFormat.CSV);
        assertThat(SearchParameters.parse(query(""), null, "application/json, text/csv", 100).format()).isNull();
        assertThat(SearchParameters.parse(query(""), null, "*/*", 100).format()).isNull();
        assertThat(SearchParameters.parse(query("format=json"), null, "text/csv", 100).format()).isNull();
    }

    private static SearchParameters.Search parse(String query) {
        return SearchParameters.parse(query(query), null, null, 100);
    }

    private static MultiValueMap<String, String> query(String query) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                parameters.add(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return parameters;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemDetail problem) {
        return ((List<AuditProblems.ParameterProblem>) problem.getProperties().get("errors")).stream()
                .map(AuditProblems.ParameterProblem::field).toList();
    }
}
