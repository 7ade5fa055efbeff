package no.ipsbridge.teams;

/** Payloads shown in the API documentation. */
public final class Examples {

    public static final String NEW_TEAM = """
            { "name": "Psykoseteam Bjørgvin", "kind": "FACT" }""";

    public static final String TEAM = """
            {
              "id": "3c8e2a71-94d0-4f5b-8e6a-2b1d0c9f7e53",
              "healthTrust": "helse-bergen",
              "name": "Psykoseteam Bjørgvin",
              "kind": "FACT",
              "createdOn": "2026-11-23",
              "clinicianIds": ["5f0c1a2e-0003-4c3a-9a10-000000000003"],
              "specialistIds": ["5f0c1a2e-0001-4c3a-9a10-000000000001"]
            }""";

    public static final String MEMBERSHIP_END = """
            { "endedOn": "2026-11-01" }""";

    public static final String CLINICIAN = """
            { "clinicianId": "5f0c1a2e-0003-4c3a-9a10-000000000003" }""";

    public static final String SPECIALIST = """
            { "specialistId": "5f0c1a2e-0001-4c3a-9a10-000000000001" }""";

    public static final String MEETING = """
            {
              "heldOn": "2026-11-23",
              "attendeeIds": ["5f0c1a2e-0003-4c3a-9a10-000000000003", "5f0c1a2e-0001-4c3a-9a10-000000000001"],
              "clientIdsDiscussed": ["0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41"]
            }""";

    public static final String ORIENTATION = """
            {
              "teamId": "3c8e2a71-94d0-4f5b-8e6a-2b1d0c9f7e53",
              "from": "2026-09-01",
              "to": "2026-11-30",
              "referralsPerMonth": [ { "month": "2026-09", "referrals": 2 }, { "month": "2026-10", "referrals": 0 },
                                     { "month": "2026-11", "referrals": 3 } ],
              "meetings": 12,
              "meetingsWithSpecialist": 11,
              "specialistAttendanceRate": 0.917,
              "clientsDiscussed": 9
            }""";

    private Examples() {
    }
}
