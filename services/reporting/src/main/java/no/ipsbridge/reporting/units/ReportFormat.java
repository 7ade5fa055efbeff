package no.ipsbridge.reporting.units;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.ipsbridge.rest.ProblemException;

/** Every report comes as JSON for dashboards or as CSV for the spreadsheets managers already use. */
public enum ReportFormat {
    JSON, CSV;

    public static ReportFormat parse(String format) {
        if (format == null || format.equals("json")) {
            return JSON;
        }
        if (format.equals("csv")) {
            return CSV;
        }
        throw ProblemException.invalidField("format", "must be json or csv");
    }

    /** A CSV download; cells holding a comma, quote or line break are quoted, as spreadsheets expect. */
    public static Response csv(List<String> header, List<List<Object>> rows, String filename) {
        StringBuilder csv = new StringBuilder(line(header.stream().map(Object.class::cast).toList()));
        rows.forEach(row -> csv.append(line(row)));
        return Response.ok(csv.toString(), "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    public static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(ReportFormat::cell).collect(Collectors.joining(",")) + "\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches(".*[,\"\\r\\n].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
