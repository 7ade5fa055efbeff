package no.ipsbridge.reporting.orientation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import no.ipsbridge.reporting.outcomes.QuarterlyOutcomes;
import no.ipsbridge.reporting.outcomes.Quarter;
import no.ipsbridge.reporting.readmodel.ReportedClient;
import no.ipsbridge.reporting.readmodel.ReportedJob;

/**
 * A treatment team's employment orientation, the change agents' view: how many it refers, how fast they are
 * enrolled, and how many of them have worked since. Plain code over plain lists, so every figure has a test.
 */
@Schema(name = "TeamOrientation")
public record TeamOrientation(UUID teamId, String teamName, String quarter,
        @Schema(description = "The twelve months up to the quarter's end, oldest first; null where withheld")
        Map<String, Integer> referralsPerMonth,
        Integer referredInQuarter, Integer enrolledInQuarter,
        @Schema(description = "Median days from referral to enrolment of those enrolled in the quarter")
        Double medianDaysFromReferralToEnrolment,
        @Schema(description = "The team's referred clients enrolled by the quarter's end")
        Integer enrolled,
        @Schema(description = "Of them, those who started a competitive job after enrolment")
        Integer workedSinceEnrolment,
        Double shareWorkedSinceEnrolment,
        List<String> suppressed) {

    public static TeamOrientation compute(UUID teamId, String teamName, Quarter quarter,
            List<ReportedClient> referredByTeam, List<ReportedJob> theirJobs) {
        Map<String, Integer> perMonth = new LinkedHashMap<>();
        YearMonth lastMonth = YearMonth.from(quarter.last());
        for (YearMonth month = lastMonth.minusMonths(11); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            YearMonth counted = month;
            perMonth.put(month.toString(), (int) referredByTeam.stream()
                    .filter(c -> c.referredOn != null && YearMonth.from(c.referredOn).equals(counted)).count());
        }
        int referred = (int) referredByTeam.stream().filter(c -> quarter.contains(c.referredOn)).count();
        List<ReportedClient> enrolledInQuarter = referredByTeam.stream().filter(c -> quarter.contains(c.enrolledOn))
                .toList();
        List<Long> waits = enrolledInQuarter.stream().filter(c -> c.referredOn != null)
                .map(c -> ChronoUnit.DAYS.between(c.referredOn, c.enrolledOn)).sorted().toList();
        List<ReportedClient> enrolled = referredByTeam.stream()
                .filter(c -> c.enrolledOn != null && !c.enrolledOn.isAfter(quarter.last())).toList();
        Map<UUID, List<ReportedJob>> jobsByClient = theirJobs.stream()
                .collect(Collectors.groupingBy(job -> job.clientId));
        int worked = (int) enrolled.stream().filter(c -> jobsByClient.getOrDefault(c.clientId, List.of()).stream()
                .anyMatch(job -> job.competitive && !job.startedOn.isBefore(c.enrolledOn)
                        && !job.startedOn.isAfter(quarter.last()))).count();
        return new TeamOrientation(teamId, teamName, quarter.toString(), perMonth, referred,
                enrolledInQuarter.size(), QuarterlyOutcomes.median(waits), enrolled.size(), worked,
                enrolled.isEmpty() ? null : Math.round(1000.0 * worked / enrolled.size()) / 1000.0, List.of());
    }

    /** Shown outside the health trusts: counts of 1–4 people and figures resting on fewer than 5 are withheld. */
    public TeamOrientation suppressSmallNumbers() {
        List<String> withheld = new ArrayList<>();
        Map<String, Integer> perMonth = new LinkedHashMap<>();
        referralsPerMonth.forEach((month, count) -> perMonth.put(month,
                keep("referralsPerMonth." + month, count, withheld)));
        return new TeamOrientation(teamId, teamName, quarter, perMonth,
                keep("referredInQuarter", referredInQuarter, withheld),
                keep("enrolledInQuarter", enrolledInQuarter, withheld),
                enrolledInQuarter < 5 ? withhold("medianDaysFromReferralToEnrolment", withheld)
                        : medianDaysFromReferralToEnrolment,
                keep("enrolled", enrolled, withheld), keep("workedSinceEnrolment", workedSinceEnrolment, withheld),
                enrolled < 5 ? withhold("shareWorkedSinceEnrolment", withheld) : shareWorkedSinceEnrolment,
                List.copyOf(withheld));
    }

    private static Integer keep(String name, Integer count, List<String> withheld) {
        if (count != null && count > 0 && count < 5) {
            withheld.add(name);
            return null;
        }
        return count;
    }

    private static Double withhold(String name, List<String> withheld) {
        withheld.add(name);
        return null;
    }
}
