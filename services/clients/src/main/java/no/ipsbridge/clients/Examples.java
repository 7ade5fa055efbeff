package no.ipsbridge.clients;

/** Payloads shown in the API documentation; the identity numbers are synthetic (Tenor), never real people's. */
public final class Examples {

    public static final String REFERRAL = """
            {
              "nationalId": "12858810181",
              "givenName": "Kari",
              "familyName": "Nordmann",
              "phone": "+47 400 00 000",
              "navOffice": "nav-bergen",
              "variant": "IPS",
              "workingAtReferral": false,
              "note": "Wants to work with animals; has been out of work for two years."
            }""";

    public static final String CLIENT = """
            {
              "id": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
              "version": 0,
              "status": "REFERRED",
              "statusChangedOn": "2026-11-23",
              "nationalId": "12858810181",
              "givenName": "Kari",
              "familyName": "Nordmann",
              "phone": "+47 400 00 000",
              "healthTrust": "helse-bergen",
              "navOffice": "nav-bergen",
              "variant": "IPS",
              "workingAtReferral": false,
              "note": "Wants to work with animals; has been out of work for two years.",
              "referredAt": "2026-11-23T09:12:00Z",
              "nextStatuses": []
            }""";

    public static final String ENROLMENT = """
            { "enrolledOn": "2026-11-24" }""";

    public static final String STATUS_CHANGE = """
            { "status": "JOB_SEARCH", "on": "2026-11-25" }""";

    public static final String DISCHARGE = """
            { "reason": "WORKING_WITHOUT_SUPPORT", "on": "2026-11-25" }""";

    public static final String CONSENT = """
            { "direction": "HEALTH_TO_NAV", "givenAt": "2026-11-24T10:00:00Z" }""";

    public static final String CONSENT_VIEW = """
            {
              "id": "6a1f3a0e-1d2b-4b8a-9f2e-3c4d5e6f7a8b",
              "direction": "HEALTH_TO_NAV",
              "givenAt": "2026-11-24T10:00:00Z",
              "inForce": true
            }""";

    public static final String PATH = """
            [
              {
                "status": "REFERRED",
                "on": "2026-11-02",
                "recordedAt": "2026-11-02T09:14:00Z",
                "cause": "referral",
                "recordedBy": "clinician.bergen",
                "recordedByAgency": "HEALTH"
              },
              {
                "status": "ENROLLED",
                "fromStatus": "REFERRED",
                "on": "2026-11-09",
                "recordedAt": "2026-11-09T13:40:00Z",
                "cause": "enrolment",
                "recordedBy": "specialist.bergen",
                "recordedByAgency": "NAV"
              },
              {
                "status": "EMPLOYED",
                "fromStatus": "ENROLLED",
                "on": "2026-11-30",
                "recordedAt": "2026-11-30T10:02:00Z",
                "cause": "job-started"
              }
            ]""";

    public static final String CAREER_PROFILE = """
            {
              "jobPreferences": "Outdoor work, animals; not night shifts",
              "preferredOccupationCodes": ["5164", "6121"],
              "hoursPerWeekWanted": 20,
              "wantsEducation": false,
              "educationHistory": "Upper secondary, agriculture",
              "workHistory": "Farm hand 2015–2019",
              "disclosure": "PARTIAL",
              "notToShareWithEmployer": "Diagnosis and hospital stays",
              "disclosureDate": "2026-12-01",
              "updatedOn": "2026-11-30"
            }""";

    public static final String TRANSFER_REQUESTS = """
            [
              {
                "id": "6a1d2c3e-9b8f-4e7a-b5c4-3d2e1f0a9b8c",
                "requestedAt": "2026-12-02T09:15:00Z",
                "requestingHealthTrust": "ous",
                "outcome": null,
                "resolvedOn": null
              }
            ]""";

    public static final String TRANSFER_RESOLUTION = """
            { "outcome": "KEEP", "on": "2026-12-03" }""";

    public static final String PROBLEM = """
            {
              "type": "https://ipsbridge.no/problems/invalid-input",
              "title": "Invalid input",
              "status": 400,
              "detail": "nationalId: check digits do not match; not a valid fødselsnummer or D-nummer",
              "errors": [ { "field": "nationalId", "message": "check digits do not match; not a valid fødselsnummer or D-nummer" } ]
            }""";

    private Examples() {
    }
}
