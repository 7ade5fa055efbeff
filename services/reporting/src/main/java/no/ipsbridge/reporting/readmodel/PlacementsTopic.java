package no.ipsbridge.reporting.readmodel;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudevents.CloudEvent;
import no.ipsbridge.events.CloudEventMapping;
import no.ipsbridge.events.Topics;
import no.ipsbridge.events.placements.EducationStarted;
import no.ipsbridge.events.placements.JobEnded;
import no.ipsbridge.events.placements.JobStarted;
import no.ipsbridge.outbox.EventHandler;

/** Job starts and ends and education starts, for the outcome measures. */
@ApplicationScoped
public class PlacementsTopic implements EventHandler {

    @Override
    public String name() {
        return "read-model-placements";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.PLACEMENTS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (CloudEventMapping.payload(event)) {
            case JobStarted started -> {
                ReportedJob job = new ReportedJob();
                job.jobId = started.jobId();
                job.clientId = started.clientId();
                job.employerId = started.employerId();
                job.startedOn = started.startedOn();
                job.hoursPerWeek = BigDecimal.valueOf(started.hoursPerWeek());
                job.competitive = started.competitive();
                job.occupationCode = started.occupationCode();
                job.persist();
            }
            case JobEnded ended -> {
                ReportedJob job = ReportedJob.findById(ended.jobId());
                if (job != null) {
                    job.endedOn = ended.endedOn();
                    job.endReason = ended.reason();
                }
            }
            case EducationStarted started -> {
                ReportedEducation education = new ReportedEducation();
                education.educationId = started.educationId();
                education.clientId = started.clientId();
                education.startedOn = started.startedOn();
                education.persist();
            }
            default -> {
                // Employer and follow-along contacts feed the fidelity items, which come in the next step.
            }
        }
    }
}
