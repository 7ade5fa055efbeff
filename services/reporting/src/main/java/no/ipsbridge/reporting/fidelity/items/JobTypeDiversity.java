package no.ipsbridge.reporting.fidelity.items;

import java.util.function.Function;

import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/** Item 19 (Services 8): different types of jobs, a type being the STYRK-08 unit group of the occupation. */
public final class JobTypeDiversity extends Diversity {

    @Override
    public FidelityItem item() {
        return FidelityItem.JOB_TYPE_DIVERSITY;
    }

    @Override
    Function<ReportedJob, Object> kind() {
        return job -> job.occupationCode;
    }
}
