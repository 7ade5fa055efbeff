package no.ipsbridge.placements.navreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import no.ipsbridge.events.placements.NavReportKind;

/**
 * Renders a report to NAV as a PDF: the Qute template {@code templates/nav-report.html} (which escapes the free text)
 * laid out by Open HTML to PDF.
 */
@ApplicationScoped
public class NavReportPdf {

    /** Minutes of one kind of activity, as the template lists them. */
    @TemplateData
    public record KindMinutes(String kind, int minutes) {
    }

    private final Template template;

    NavReportPdf(@Location("nav-report.html") Template template) {
        this.template = template;
    }

    public byte[] render(NavReport report, ReportFigures figures, LocalDate sentOn) {
        String title = report.kind == NavReportKind.INTERVAL ? "Intervallrapport – IPS" : "Sluttrapport – IPS";
        List<ReportFigures.JobLine> jobs = Stream.of(figures.jobsStarted(), figures.jobsEnded(), figures.jobsAtEnd())
                .flatMap(List::stream).distinct().toList();
        String html = template.data("title", title).data("report", report).data("figures", figures)
                .data("minutes", figures.minutesByKind().entrySet().stream()
                        .map(entry -> new KindMinutes(entry.getKey().name(), entry.getValue())).toList())
                .data("jobs", jobs).data("sentOn", sentOn).data("interval", report.kind == NavReportKind.INTERVAL)
                .render();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the report", e);
        }
    }
}
