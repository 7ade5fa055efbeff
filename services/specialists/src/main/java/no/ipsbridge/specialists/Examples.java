package no.ipsbridge.specialists;

/** Payloads shown in the API documentation. */
public final class Examples {

    public static final String REGISTRATION = """
            {
              "userId": "5f0c1a2e-0001-4c3a-9a10-000000000001",
              "displayName": "Siri Spesialist",
              "agency": "NAV",
              "org": "nav-bergen",
              "healthTrust": "helse-bergen",
              "workingFraction": 1.0
            }""";

    public static final String SPECIALIST = """
            {
              "id": "5f0c1a2e-0001-4c3a-9a10-000000000001",
              "displayName": "Siri Spesialist",
              "agency": "NAV",
              "org": "nav-bergen",
              "healthTrust": "helse-bergen",
              "workingFraction": 1.0,
              "active": true,
              "registeredOn": "2026-11-23",
              "caseloadSize": 12
            }""";

    public static final String ASSIGNMENT = """
            { "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41" }""";

    public static final String ASSIGNMENT_OVER_LIMIT = """
            {
              "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
              "overrideReason": "Two clients are being discharged this week"
            }""";

    public static final String ASSIGNMENT_ENTERED_LATE = """
            { "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41", "assignedOn": "2026-09-01" }""";

    public static final String REASSIGNMENT = """
            { "toSpecialistId": "5f0c1a2e-0007-4c3a-9a10-000000000007", "reassignedOn": "2026-10-05" }""";

    public static final String RELEASE = """
            { "releasedOn": "2026-11-20" }""";

    public static final String WORKING_FRACTION = """
            { "workingFraction": 1.0, "effectiveOn": "2026-10-01" }""";

    public static final String NAV_CONTACT = """
            {
              "contactedOn": "2026-11-23",
              "scheduled": true,
              "faceToFace": true,
              "clientIds": ["0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41"]
            }""";

    public static final String MY_CASELOAD = """
            {
              "specialistId": "5f0c1a2e-0001-4c3a-9a10-000000000001",
              "caseloadSize": 2,
              "limit": 20,
              "clients": [
                {
                  "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
                  "status": "JOB_SEARCH",
                  "daysSinceEnrolment": 34,
                  "daysSinceLastEmployerContact": null,
                  "daysSinceLastFollowAlongContact": null,
                  "due": [ { "kind": "FIRST_EMPLOYER_CONTACT", "dueOn": "2026-11-19", "overdue": true } ]
                },
                {
                  "clientId": "7c2d9e41-5b8a-4f3e-a1c6-2e9f0b4d8a17",
                  "status": "EMPLOYED",
                  "daysSinceEnrolment": 120,
                  "daysSinceLastEmployerContact": null,
                  "daysSinceLastFollowAlongContact": null,
                  "due": [ { "kind": "FOLLOW_ALONG_CONTACT", "dueOn": "2026-11-25", "overdue": false } ]
                }
              ]
            }""";

    public static final String ACTIVITY = """
            {
              "on": "2026-11-23",
              "kind": "COMMUNITY",
              "minutes": 90,
              "clientIds": ["0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41"]
            }""";

    private Examples() {
    }
}
