package no.ipsbridge.clientaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import no.ipsbridge.clientaccess.ClientAccessPolicy.Refusal;
import no.ipsbridge.events.clients.ConsentDirection;
import no.ipsbridge.events.protection.AddressProtection;
import no.ipsbridge.security.Agency;
import no.ipsbridge.security.Caller;
import no.ipsbridge.security.Roles;

/** The cells of docs/access-control.md for the client record, one assertion each. */
class ClientAccessPolicyTest {

    private static final Caller SPECIALIST = new Caller("spec-1", "specialist.bergen", Agency.NAV, "nav-bergen",
            Set.of(Roles.EMPLOYMENT_SPECIALIST));
    private static final Caller OTHER_SPECIALIST = new Caller("spec-2", "other", Agency.NAV, "nav-bergen",
            Set.of(Roles.EMPLOYMENT_SPECIALIST));
    private static final Caller COUNSELLOR = new Caller("c", "counsellor.bergen", Agency.NAV, "nav-bergen",
            Set.of(Roles.NAV_COUNSELLOR));
    private static final Caller CLINICIAN = new Caller("b", "clinician.bergen", Agency.HEALTH, "helse-bergen",
            Set.of(Roles.CLINICIAN));
    private static final Caller CLINICIAN_OSLO = new Caller("o", "clinician.oslo", Agency.HEALTH, "ous",
            Set.of(Roles.CLINICIAN));
    private static final Caller CLINIC_SYSTEM = new Caller("sys", "service-account-clinic-system-bergen",
            Agency.HEALTH, "helse-bergen", Set.of(Roles.CLINIC_SYSTEM));
    private static final Caller LEAD = new Caller("l", "lead.bergen", Agency.HEALTH, "helse-bergen",
            Set.of(Roles.TEAM_LEAD));
    private static final Caller MANAGER = new Caller("m", "manager.bergen", Agency.NAV, "nav-bergen",
            Set.of(Roles.IPS_MANAGER));
    private static final Caller PARTNER = new Caller("p", "service-account-partner-warehouse", Agency.HEALTH,
            "helse-bergen", Set.of(Roles.INTEGRATION_PARTNER));

    private static ClientFacts enrolledWith(String specialist, ConsentDirection... consents) {
        return new ClientFacts("helse-bergen", "nav-bergen", specialist, false, Set.of(consents));
    }

    private static final ClientFacts AWAITING = new ClientFacts("helse-bergen", "nav-bergen", null, true, Set.of());

    @Test
    void aSpecialistSeesTheirOwnCaseloadAndTheirUnitsReferralsOnly() {
        assertThat(ClientAccessPolicy.read(SPECIALIST, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(OTHER_SPECIALIST, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.read(OTHER_SPECIALIST, AWAITING).allowed()).isTrue();
    }

    @Test
    void aClinicianSeesTheirHealthTrustsClientsAndNoOtherTrusts() {
        assertThat(ClientAccessPolicy.read(CLINICIAN, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(CLINICIAN_OSLO, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.read(CLINIC_SYSTEM, enrolledWith("spec-1")).allowed()).isTrue();
    }

    @Test
    void aNavCounsellorSeesTheirOfficesClientsOnlyUnderConsent() {
        assertThat(ClientAccessPolicy.read(COUNSELLOR, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.read(COUNSELLOR, enrolledWith("spec-1", ConsentDirection.HEALTH_TO_NAV))
                .allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(COUNSELLOR, enrolledWith("spec-1", ConsentDirection.NAV_TO_HEALTH))
                .allowed()).isFalse();
    }

    @Test
    void managersAndPartnersSeeNoPerson() {
        ClientFacts everything = enrolledWith("spec-1", ConsentDirection.values());
        assertThat(ClientAccessPolicy.read(MANAGER, everything).refusal()).isEqualTo(Refusal.NOT_PERMITTED);
        assertThat(ClientAccessPolicy.read(PARTNER, everything).refusal()).isEqualTo(Refusal.NOT_PERMITTED);
    }

    @Test
    void onlyTheSpecialistOrATeamLeadChangesThePath() {
        assertThat(ClientAccessPolicy.changePath(SPECIALIST, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.changePath(OTHER_SPECIALIST, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.changePath(LEAD, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.changePath(CLINICIAN, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.changePath(SPECIALIST, AWAITING).allowed()).isTrue();
    }

    @Test
    void aTransferRequestIsResolvedByWhoeverChangesThePathOrATreatingClinicianButNotAnotherTrust() {
        assertThat(ClientAccessPolicy.resolveTransfer(SPECIALIST, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.resolveTransfer(LEAD, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.resolveTransfer(CLINICIAN, AWAITING).allowed()).isTrue();
        assertThat(ClientAccessPolicy.resolveTransfer(CLINICIAN_OSLO, AWAITING).allowed()).isFalse();
        assertThat(ClientAccessPolicy.resolveTransfer(COUNSELLOR, enrolledWith("spec-1", ConsentDirection.HEALTH_TO_NAV))
                .allowed()).isFalse();
        assertThat(ClientAccessPolicy.resolveTransfer(CLINIC_SYSTEM, enrolledWith("spec-1")).allowed()).isFalse();
    }

    @Test
    void consentIsRecordedByTheSpecialistOrAClinicianOfTheTrust() {
        assertThat(ClientAccessPolicy.recordConsent(SPECIALIST, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.recordConsent(CLINICIAN, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.recordConsent(CLINICIAN_OSLO, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.recordConsent(COUNSELLOR, enrolledWith("spec-1")).allowed()).isFalse();
    }

    @Test
    void onlyHealthTrustsRefer() {
        assertThat(ClientAccessPolicy.refer(CLINICIAN).allowed()).isTrue();
        assertThat(ClientAccessPolicy.refer(CLINIC_SYSTEM).allowed()).isTrue();
        assertThat(ClientAccessPolicy.refer(COUNSELLOR).allowed()).isFalse();
        assertThat(ClientAccessPolicy.refer(SPECIALIST).allowed()).isFalse();
        assertThat(ClientAccessPolicy.refer(PARTNER).allowed()).isFalse();
    }

    @Test
    void theAuditTrailIsForTheTeamLeadOfTheClientsUnit() {
        assertThat(ClientAccessPolicy.readAudit(LEAD, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.readAudit(CLINICIAN, enrolledWith("spec-1")).allowed()).isFalse();
        assertThat(ClientAccessPolicy.readAudit(SPECIALIST, enrolledWith("spec-1")).allowed()).isFalse();
    }

    private static final Caller ASSIGNED_COUNSELLOR = new Caller("c-assigned", "counsellor.assigned", Agency.NAV,
            "nav-bergen", Set.of(Roles.NAV_COUNSELLOR));
    private static final Caller NAV_LEAD = new Caller("nl", "lead.nav-bergen", Agency.NAV, "nav-bergen",
            Set.of(Roles.TEAM_LEAD));

    private static ClientFacts shielded(String specialist) {
        return new ClientFacts("helse-bergen", "nav-bergen", specialist, specialist == null,
                Set.of(ConsentDirection.HEALTH_TO_NAV), new Protection(AddressProtection.NONE, true, "c-assigned"),
                null);
    }

    private static ClientFacts protectedAddress(AddressProtection level) {
        return new ClientFacts("helse-bergen", "nav-bergen", "spec-1", false, Set.of(ConsentDirection.HEALTH_TO_NAV),
                new Protection(level, false, null), null);
    }

    @Test
    void aShieldedClientExistsOnlyForThoseExplicitlyAssigned() {
        ClientFacts client = shielded("spec-1");
        assertThat(ClientAccessPolicy.read(SPECIALIST, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(ASSIGNED_COUNSELLOR, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(CLINICIAN, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(LEAD, client).allowed()).isTrue();
        for (Caller colleague : List.of(COUNSELLOR, NAV_LEAD, OTHER_SPECIALIST)) {
            assertThat(ClientAccessPolicy.read(colleague, client).refusal()).as(colleague.username())
                    .isEqualTo(Refusal.NOT_SERVED);
        }
        assertThat(ClientAccessPolicy.read(CLINICIAN_OSLO, client).allowed()).isFalse();
    }

    @Test
    void aShieldedReferralIsNotOfferedToTheUnitsSpecialistsButTheTrustCanEnrolIt() {
        ClientFacts referral = shielded(null);
        assertThat(ClientAccessPolicy.read(OTHER_SPECIALIST, referral).allowed()).isFalse();
        assertThat(ClientAccessPolicy.changePath(LEAD, referral).allowed()).isTrue();
    }

    @Test
    void theAssignedCounsellorStillNeedsConsent() {
        ClientFacts withoutConsent = new ClientFacts("helse-bergen", "nav-bergen", "spec-1", false, Set.of(),
                new Protection(AddressProtection.NONE, true, "c-assigned"), null);
        assertThat(ClientAccessPolicy.read(ASSIGNED_COUNSELLOR, withoutConsent).refusal())
                .isEqualTo(Refusal.NO_CONSENT);
        assertThat(ClientAccessPolicy.read(COUNSELLOR, withoutConsent).refusal()).isEqualTo(Refusal.NOT_SERVED);
    }

    @Test
    void aProtectedAddressHidesContactDetailsFromAllButTheSpecialistAndTheTreatmentTeam() {
        for (AddressProtection level : List.of(AddressProtection.FORTROLIG, AddressProtection.STRENGT_FORTROLIG)) {
            ClientFacts client = protectedAddress(level);
            assertThat(ClientAccessPolicy.read(COUNSELLOR, client).allowed()).as(level.name()).isTrue();
            assertThat(ClientAccessPolicy.seesContactDetails(COUNSELLOR, client)).as(level.name()).isFalse();
            assertThat(ClientAccessPolicy.seesContactDetails(LEAD, client)).as(level.name()).isFalse();
            assertThat(ClientAccessPolicy.seesContactDetails(OTHER_SPECIALIST, client)).as(level.name()).isFalse();
            assertThat(ClientAccessPolicy.seesContactDetails(SPECIALIST, client)).as(level.name()).isTrue();
            assertThat(ClientAccessPolicy.seesContactDetails(CLINICIAN, client)).as(level.name()).isTrue();
            assertThat(ClientAccessPolicy.seesContactDetails(CLINIC_SYSTEM, client)).as(level.name()).isTrue();
        }
        assertThat(ClientAccessPolicy.seesContactDetails(COUNSELLOR, protectedAddress(AddressProtection.NONE)))
                .isTrue();
    }

    @Test
    void theSpecialistTheTrustAndTheTeamLeadMarkAClientButNotNav() {
        ClientFacts client = enrolledWith("spec-1", ConsentDirection.HEALTH_TO_NAV);
        assertThat(ClientAccessPolicy.markProtection(SPECIALIST, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.markProtection(CLINICIAN, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.markProtection(CLINIC_SYSTEM, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.markProtection(LEAD, client).allowed()).isTrue();
        assertThat(ClientAccessPolicy.markProtection(COUNSELLOR, client).allowed()).isFalse();
        assertThat(ClientAccessPolicy.markProtection(OTHER_SPECIALIST, client).allowed()).isFalse();
        assertThat(ClientAccessPolicy.markProtection(CLINICIAN_OSLO, client).allowed()).isFalse();
    }

    private static final Caller OTHER_CLINICIAN = new Caller("b2", "clinician2.bergen", Agency.HEALTH,
            "helse-bergen", Set.of(Roles.CLINICIAN));

    private static ClientFacts referredByTeamOf(String... clinicians) {
        return new ClientFacts("helse-bergen", "nav-bergen", "spec-1", false, Set.of(), Protection.NONE,
                new TreatmentTeam(UUID.randomUUID(), Set.of(clinicians)));
    }

    @Test
    void aClinicianSeesTheClientsTheirTeamsReferredAndTheTrustsClientsWithoutATeam() {
        ClientFacts ofTheirTeam = referredByTeamOf("b");
        assertThat(ClientAccessPolicy.read(CLINICIAN, ofTheirTeam).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(OTHER_CLINICIAN, ofTheirTeam).refusal()).isEqualTo(Refusal.NOT_SERVED);
        assertThat(ClientAccessPolicy.read(OTHER_CLINICIAN, enrolledWith("spec-1")).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(LEAD, ofTheirTeam).allowed()).isTrue();
        assertThat(ClientAccessPolicy.read(CLINIC_SYSTEM, ofTheirTeam).allowed()).isTrue();
        assertThat(ClientAccessPolicy.recordConsent(CLINICIAN, ofTheirTeam).allowed()).isTrue();
        assertThat(ClientAccessPolicy.recordConsent(OTHER_CLINICIAN, ofTheirTeam).allowed()).isFalse();
    }

    @Test
    void aProtectedClientsContactDetailsReachOnlyTheirOwnTreatmentTeam() {
        ClientFacts protectedOfTheirTeam = new ClientFacts("helse-bergen", "nav-bergen", "spec-1", false, Set.of(),
                new Protection(AddressProtection.FORTROLIG, false, null),
                new TreatmentTeam(UUID.randomUUID(), Set.of("b")));
        assertThat(ClientAccessPolicy.seesContactDetails(CLINICIAN, protectedOfTheirTeam)).isTrue();
        assertThat(ClientAccessPolicy.seesContactDetails(OTHER_CLINICIAN, protectedOfTheirTeam)).isFalse();
    }
}
