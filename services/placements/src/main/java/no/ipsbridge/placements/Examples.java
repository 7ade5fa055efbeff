package no.ipsbridge.placements;

/** Payloads shown in the API documentation. Organisation numbers are valid but made up. */
public final class Examples {

    public static final String EMPLOYER = """
            {
              "organisationNumber": "923456783",
              "name": "Bergen Bakeri AS",
              "naceCode": "10.711",
              "municipality": "Bergen"
            }""";

    public static final String EMPLOYER_CONTACT = """
            {
              "employerId": "9d4b7e12-3a6c-4f81-b2d5-7c8e9f0a1b2c",
              "contactedOn": "2026-11-23",
              "faceToFace": true,
              "purpose": "PRESENTING_CANDIDATE",
              "clientIds": ["0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41"]
            }""";

    public static final String JOB_START = """
            {
              "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
              "employerId": "9d4b7e12-3a6c-4f81-b2d5-7c8e9f0a1b2c",
              "title": "Bakery assistant",
              "occupationCode": "7512",
              "hoursPerWeek": 20,
              "hourlyWage": 215.50,
              "startedOn": "2026-11-23",
              "competitive": true,
              "permanent": false
            }""";

    public static final String JOB_END = """
            { "endedOn": "2027-02-28", "reason": "TEMPORARY_JOB_ENDED", "newJobSearch": true }""";

    public static final String JOB_CHANGE = """
            { "changedOn": "2026-11-30", "hoursPerWeek": 25, "hourlyWage": 230 }""";

    public static final String EDUCATION_START = """
            {
              "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
              "institution": "Bergen tekniske fagskole",
              "programme": "Electrician, year 1",
              "startedOn": "2026-08-17"
            }""";

    public static final String FOLLOW_ALONG = """
            {
              "clientId": "0b9f4a8e-6d3c-4c62-9a51-1f0c2b7e9d41",
              "contactedOn": "2026-11-26",
              "with": "EMPLOYER",
              "faceToFace": true
            }""";

    private Examples() {
    }
}
