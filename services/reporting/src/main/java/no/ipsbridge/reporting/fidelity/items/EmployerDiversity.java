package no.ipsbridge.reporting.fidelity.items;

import java.util.function.Function;

import no.ipsbridge.reporting.fidelity.FidelityItem;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/** Item 20 (Services 9): jobs with different employers. */
public final class EmployerDiversity extends Diversity {

    @Override
    public FidelityItem item() {
        return FidelityItem.EMPLOYER_DIVERSITY;
    }

    @Override
    Function<ReportedJob, Object> kind() {
        return job -> job.employerId;
    }
}
