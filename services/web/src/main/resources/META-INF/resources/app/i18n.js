// Norwegian bokmål first, English second; the choice is the person's and kept on this device.
const TEXTS = {
  nb: {
    skipToContent: 'Hopp til innholdet',
    account: 'Konto',
    signOut: 'Logg ut',
    loading: 'Laster …',
    greeting: name => `Hei, ${name}`,
    roles: {
      'employment-specialist': 'jobbspesialist',
      'team-lead': 'teamleder',
      'ips-manager': 'IPS-leder',
      'nav-counsellor': 'veileder i NAV',
      clinician: 'behandler',
    },
    who: (roles, org) => `Du er logget inn som ${roles} i ${org}.`,
    otherLanguage: { code: 'en', label: 'English' },
    failed: 'Noe gikk galt. Prøv igjen om litt.',
    yourDay: 'Dagen din',
    noClients: 'Du har ingen klienter i arbeidslisten.',
    nameUnknown: 'Navn ikke tilgjengelig',
    synced: time => `Oppdatert ${time}.`,
    syncedOffline: time => `Uten nett: viser listen fra ${time}.`,
    statuses: {
      REFERRED: 'Henvist', ENROLLED: 'Tatt inn', JOB_SEARCH: 'Jobbsøk', EMPLOYED: 'I jobb',
      FOLLOW_ALONG: 'Oppfølging i jobb', DISCHARGED: 'Avsluttet',
    },
    due: {
      FIRST_EMPLOYER_CONTACT: 'Første arbeidsgiverkontakt',
      FOLLOW_ALONG_CONTACT: 'Oppfølgingskontakt',
      JOB_LOSS_CONTACT: 'Kontakt etter jobbtap',
      BENEFITS_COUNSELLING: 'Veiledning om ytelser',
    },
    overdueSince: day => `forfalt ${day}`,
    dueBy: day => `innen ${day}`,
    nothingDue: 'Ingenting forfaller nå.',
    logEmployerContact: 'Logg arbeidsgiverkontakt',
    employerSearch: 'Søk etter arbeidsgiver',
    employer: 'Arbeidsgiver',
    chooseEmployer: 'Velg arbeidsgiver',
    how: 'Hvordan',
    faceToFace: 'Ansikt til ansikt',
    notFaceToFace: 'Telefon, e-post eller annet',
    purpose: 'Formål',
    purposes: { LEARNING_NEEDS: 'Bli kjent med behov', PRESENTING_CANDIDATE: 'Presentere kandidat',
      FOLLOW_UP: 'Følge opp' },
    save: 'Lagre',
    employerContactWith: (employer, client) => `Arbeidsgiverkontakt med ${employer} for ${client}`,
    notYetSent: 'Ikke sendt ennå',
    waiting: what => `${what}: venter på nett.`,
    refused: (what, why) => `${what}: ble ikke registrert. ${why}`,
    remove: 'Fjern',
    recorded: what => `Registrert: ${what}.`,
    signInToSend: 'Økten er utløpt. Last siden på nytt og logg inn for å sende det som venter.',
  },
  en: {
    skipToContent: 'Skip to content',
    account: 'Account',
    signOut: 'Sign out',
    loading: 'Loading …',
    greeting: name => `Hello, ${name}`,
    roles: {
      'employment-specialist': 'employment specialist',
      'team-lead': 'team lead',
      'ips-manager': 'IPS manager',
      'nav-counsellor': 'NAV counsellor',
      clinician: 'clinician',
    },
    who: (roles, org) => `You are signed in as ${roles} in ${org}.`,
    otherLanguage: { code: 'nb', label: 'Norsk (bokmål)' },
    failed: 'Something went wrong. Try again shortly.',
    yourDay: 'Your day',
    noClients: 'You have no clients on your caseload.',
    nameUnknown: 'Name not available',
    synced: time => `Updated ${time}.`,
    syncedOffline: time => `Offline: showing the list from ${time}.`,
    statuses: {
      REFERRED: 'Referred', ENROLLED: 'Enrolled', JOB_SEARCH: 'Job search', EMPLOYED: 'Employed',
      FOLLOW_ALONG: 'Follow-along', DISCHARGED: 'Discharged',
    },
    due: {
      FIRST_EMPLOYER_CONTACT: 'First employer contact',
      FOLLOW_ALONG_CONTACT: 'Follow-along contact',
      JOB_LOSS_CONTACT: 'Contact after a job loss',
      BENEFITS_COUNSELLING: 'Benefits counselling',
    },
    overdueSince: day => `overdue since ${day}`,
    dueBy: day => `by ${day}`,
    nothingDue: 'Nothing due now.',
    logEmployerContact: 'Log an employer contact',
    employerSearch: 'Search for an employer',
    employer: 'Employer',
    chooseEmployer: 'Choose an employer',
    how: 'How',
    faceToFace: 'Face to face',
    notFaceToFace: 'Phone, e-mail or other',
    purpose: 'Purpose',
    purposes: { LEARNING_NEEDS: 'Learning their needs', PRESENTING_CANDIDATE: 'Presenting a candidate',
      FOLLOW_UP: 'Following up' },
    save: 'Save',
    employerContactWith: (employer, client) => `Employer contact with ${employer} for ${client}`,
    notYetSent: 'Not sent yet',
    waiting: what => `${what}: waiting for a network.`,
    refused: (what, why) => `${what}: not recorded. ${why}`,
    remove: 'Remove',
    recorded: what => `Recorded: ${what}.`,
    signInToSend: 'Your session has ended. Reload the page and sign in to send what is waiting.',
  },
};

const STORED = 'ips-language';

/** Bokmål unless the person chose English on this device: the product's language is Norwegian. */
export function language() {
  const chosen = localStorage.getItem(STORED);
  return chosen in TEXTS ? chosen : 'nb';
}

export function choose(code) {
  localStorage.setItem(STORED, code);
}

/** A day as people write it in the chosen language: "3. des." or "3 Dec". */
export function day(isoDate) {
  const locale = language() === 'en' ? 'en-GB' : 'nb-NO';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' })
      .format(new Date(`${isoDate}T12:00:00`));
}

export function time(isoInstant) {
  const locale = language() === 'en' ? 'en-GB' : 'nb-NO';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(isoInstant));
}

export function texts() {
  return TEXTS[language()];
}
