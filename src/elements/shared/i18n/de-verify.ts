/** German `verify` section (in the de chunk: imported only by `de.ts`). Typed against English. */
import type { VerifyStrings } from './en.js';

export const verify: VerifyStrings = {
  states: {
    valid: {
      iconLabel: 'Verifiziert',
      headline: () => 'Verifiziert',
      explanation: 'Die Signatur des Ausstellers stimmt, der Schlüssel gehört dem Aussteller und das Badge ist derzeit gültig.',
    },
    expired: {
      iconLabel: 'Abgelaufen',
      headline: ({ date }) => (date ? `Verifiziert — abgelaufen am ${date}` : 'Verifiziert — abgelaufen'),
      explanation: 'Der Aussteller hat dieses Badge wirklich ausgestellt, aber es ist nicht mehr gültig.',
    },
    'not-yet-valid': {
      iconLabel: 'Noch nicht gültig',
      headline: ({ date }) => (date ? `Verifiziert — erst gültig ab ${date}` : 'Verifiziert — noch nicht gültig'),
      explanation: 'Der Aussteller hat dieses Badge wirklich ausgestellt, aber sein Gültigkeitszeitraum hat noch nicht begonnen.',
    },
    revoked: {
      iconLabel: 'Widerrufen',
      headline: ({ reason }) => (reason ? `Verifiziert — widerrufen (${reason})` : 'Verifiziert — widerrufen'),
      explanation: 'Der Aussteller hat dieses Badge wirklich ausgestellt, es aber inzwischen zurückgezogen. Man sollte sich nicht darauf verlassen.',
    },
    suspended: {
      iconLabel: 'Ausgesetzt',
      headline: () => 'Verifiziert — ausgesetzt',
      explanation: 'Der Aussteller hat dieses Badge wirklich ausgestellt, es aber vorerst ausgesetzt.',
    },
    'status-unknown': {
      iconLabel: 'Status unbekannt',
      headline: () => 'Verifiziert — Widerrufsstatus konnte nicht geprüft werden',
      explanation: 'Die Signatur stimmt, aber die Widerrufsliste des Ausstellers war nicht lesbar; das Badge könnte zurückgezogen worden sein.',
    },
    invalid: {
      iconLabel: 'Nicht verifiziert',
      headline: ({ cause }) => `Nicht verifiziert: ${cause}`,
      explanation: 'Verlassen Sie sich nicht auf dieses Badge: Es wurde verändert oder stammt nicht von dem, der es angeblich ausgestellt hat.',
    },
    unverifiable: {
      iconLabel: 'Nicht prüfbar',
      headline: ({ cause }) => `Nicht prüfbar: ${cause}`,
      explanation: 'Das heißt nicht, dass das Badge gefälscht ist: Es ließ sich gerade nicht prüfen. Versuchen Sie es später erneut oder fragen Sie den Aussteller.',
    },
  },
  codes: {
    'invalid-signature': 'die Signatur stimmt nicht',
    'no-proof': 'es hat weder eine Signatur noch eine gehostete Kopie zum Vergleich',
    malformed: 'das Badge ist beschädigt oder fehlerhaft aufgebaut',
    'unsupported-proof': 'es ist mit einer Nachweisart signiert, die dieser Prüfer nicht unterstützt',
    'unsupported-alg': 'es ist mit einem Algorithmus signiert, den dieser Prüfer nicht akzeptiert',
    'weak-key': 'der Signaturschlüssel ist zu schwach, um ihm zu vertrauen',
    'key-not-bound-to-issuer': 'der Schlüssel gehört nicht dem Aussteller',
    'key-resolution-failed': 'der Schlüssel des Ausstellers wurde nicht gefunden',
    'context-not-allowed': 'es verwendet ein Vokabular (JSON-LD-Kontext), dem dieser Prüfer nicht vertraut',
    'data-loss': 'ein Teil des Inhalts ist nicht von der Signatur abgedeckt',
    'claim-mismatch': 'die signierten Daten passen nicht zum Inhalt des Badges',
    'origin-not-allowed': 'es liegt unter einer Adresse, die der Aussteller nicht erlaubt',
    'id-mismatch': 'die gehostete Kopie passt nicht zur Adresse des Badges',
    'fetch-timeout': 'der Server des Ausstellers hat nicht geantwortet',
    'fetch-too-large': 'der Server des Ausstellers hat viel zu viele Daten gesendet',
    'fetch-failed': 'der Server des Ausstellers war nicht erreichbar',
    'url-blocked': 'es verweist auf eine nicht erlaubte Adresse (nur https)',
    'unknown-format': 'dieses Badge-Format kann dieser Prüfer nicht lesen',
  },
  extraCauses: {
    cors: 'der Server des Ausstellers blockiert Anfragen anderer Websites',
    aborted: 'die Prüfung wurde abgebrochen',
  },
  httpErrorCause: (status) => `der Server des Ausstellers hat mit einem Fehler geantwortet (HTTP ${status})`,
  failedCause: 'das Badge hat eine Prüfung nicht bestanden',
  uncheckedCause: 'das Badge konnte nicht geprüft werden',
  outcomes: { pass: 'Bestanden', fail: 'Nicht bestanden', warn: 'Warnung', skip: 'Übersprungen', unknown: 'Nicht prüfbar' },
  outcomeCounts: {
    pass: (n) => `${n} bestanden`,
    fail: (n) => `${n} nicht bestanden`,
    warn: (n) => `${n} mit Warnungen`,
    unknown: (n) => `${n} nicht prüfbar`,
    skip: (n) => `${n} übersprungen`,
  },
  listSeparator: ', ',
  checkNames: {
    format: 'Format',
    fetch: 'Gehostete Kopie',
    'hosted-id': 'Dasselbe Badge',
    issuer: 'Ausstellerprofil',
    origin: 'Hosting-Adresse',
    'badge-issuer': 'Derselbe Aussteller',
    proof: 'Signatur',
    algorithm: 'Algorithmus',
    'key-binding': 'Schlüssel gehört dem Aussteller',
    claims: 'Token-Angaben',
    status: 'Widerrufsstatus',
    issued: 'Ausstellungsdatum',
    expiry: 'Ablaufdatum',
    recipient: 'Empfänger',
    endorsements: 'Empfehlungen',
    baked: 'Badge-Bild',
    verify: 'Verifizierung',
    'issuer-trusted': 'Vertrauenswürdiger Aussteller',
  },
  detailLabels: {
    kid: 'Schlüssel-ID',
    keyId: 'Schlüssel-ID',
    alg: 'Algorithmus',
    algorithm: 'Algorithmus',
    proofType: 'Nachweisart',
    cryptosuite: 'Kryptosuite',
    verificationMethod: 'Verifizierungsmethode',
    url: 'URL',
    urls: 'Abgerufene URLs',
    status: 'HTTP-Status',
    statusListIndex: 'Index in der Statusliste',
    statusListCredential: 'Statusliste',
    statusPurpose: 'Zweck des Status',
    controller: 'Schlüsselinhaber',
    did: 'DID',
    code: 'Code',
  },
  checkMessages: {
    format: {
      pass: ({ details: d }) =>
        d.format === 'ob3-jwt'
          ? 'Dies ist ein Open-Badges-3.0-Nachweis, signiert als JWT (VC-JWT).'
          : d.format === 'ob3-json'
            ? 'Dies ist ein Open-Badges-3.0-Nachweis (JSON-LD).'
            : d.format === 'ob2-signed'
              ? 'Dies ist eine signierte Open-Badges-2.0-Assertion (JWS).'
              : d.format === 'ob2-hosted'
                ? 'Dies ist eine gehostete Open-Badges-2.0-Assertion.'
                : d.format === 'ob1-hosted'
                  ? 'Dies ist eine gehostete Open-Badges-1.x-Assertion.'
                  : 'Das Badge-Format wurde erkannt.',
      fail: 'Das Badge konnte nicht gelesen werden.',
    },
    fetch: {
      pass: 'Das gehostete Badge wurde von seiner eigenen Adresse geladen; geprüft wird die gehostete Kopie.',
      fail: ({ details: d, code }) =>
        d.status === 410
          ? 'Der Aussteller antwortet, dass es dieses Badge nicht mehr gibt (HTTP 410): Es wurde widerrufen.'
          : code === 'fetch-failed' && typeof d.status === 'number'
            ? `Das gehostete Badge konnte nicht geladen werden (HTTP ${d.status}).`
            : code
              ? undefined
              : 'Das gehostete Badge konnte nicht von seiner Adresse geladen werden.',
    },
    'hosted-id': {
      pass: 'Die gehostete Kopie nennt dasselbe Badge.',
      fail: 'Die gehostete Kopie nennt ein anderes Badge.',
    },
    issuer: {
      pass: 'Das Ausstellerprofil wurde von seiner eigenen Adresse geladen.',
      fail: ({ details: d, code }) =>
        code === 'id-mismatch'
          ? 'Das Ausstellerprofil unter der Adresse des Ausstellers nennt einen anderen Aussteller.'
          : d.url === undefined && (code === 'malformed' || code === 'key-not-bound-to-issuer')
            ? 'Der Aussteller des Badges hat keine Webadresse (HTTP-ID), an der es sich prüfen ließe.'
            : code
              ? undefined
              : 'Das Ausstellerprofil konnte nicht geprüft werden.',
    },
    origin: {
      pass: 'Das Badge liegt an einem Ort, den sein Aussteller erlaubt.',
      fail: 'Das Badge liegt außerhalb der Orte, die sein Aussteller erlaubt.',
    },
    'badge-issuer': {
      pass: 'Die Badge-Klasse nennt denselben Aussteller.',
      fail: () => 'Die Badge-Klasse und das Ausstellerprofil nennen verschiedene Aussteller.',
    },
    proof: {
      pass: ({ details: d, number }) =>
        d.alg !== undefined
          ? `Die ${d.alg}-Signatur ist gültig.`
          : d.cryptosuite !== undefined
            ? typeof d.proofs === 'number' && d.proofs > 1
              ? `Alle ${number(d.proofs)} Signaturen (${d.cryptosuite}) wurden mit dem Schlüssel des Ausstellers verifiziert.`
              : `Die ${d.cryptosuite}-Signatur wurde mit dem Schlüssel des Ausstellers verifiziert.`
            : 'Die Signatur ist gültig.',
      fail: 'Die Signatur konnte nicht verifiziert werden.',
      skip: 'Es gibt keine Signatur zu prüfen: Ein gehostetes Badge wird geprüft, indem es beim Aussteller geladen wird.',
    },
    algorithm: {
      pass: ({ details: d }) => (d.alg !== undefined ? `Der Algorithmus ${d.alg} ist zugelassen.` : 'Der Signaturalgorithmus ist zugelassen.'),
      fail: ({ details: d }) => (d.alg !== undefined ? `Das Badge ist mit dem Algorithmus ${d.alg} signiert, der nicht zugelassen ist.` : 'Der Signaturalgorithmus ist nicht zugelassen.'),
    },
    'key-binding': {
      pass: ({ details: d }) => (d.issuer !== undefined ? `Der Schlüssel ist an den Aussteller ${d.issuer} gebunden.` : 'Der Signaturschlüssel gehört dem Aussteller.'),
      fail: 'Der Signaturschlüssel konnte dem Aussteller nicht zugeordnet werden.',
    },
    claims: {
      pass: 'Die Angaben des Tokens stimmen mit dem Nachweis überein.',
      fail: ({ details: d }) => (d.claim !== undefined ? `Die Angabe „${d.claim}“ des Tokens widerspricht dem Nachweis.` : 'Die Angaben des Tokens widersprechen dem Nachweis.'),
    },
    status: {
      pass: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'Laut Statusliste des Ausstellers ist das Badge nicht ausgesetzt.'
          : d.statusPurpose !== undefined && d.statusPurpose !== 'revocation'
            ? `Die Statusliste des Ausstellers wurde für den Zweck „${d.statusPurpose}“ gelesen.`
            : d.type === 'RevocationList' || d.type === '1EdTechRevocationList'
              ? 'Die Widerrufsliste des Ausstellers führt das Badge nicht auf.'
              : d.statusPurpose === 'revocation'
                ? 'Laut Statusliste des Ausstellers wurde das Badge nicht widerrufen.'
                : 'Das Badge ist nicht als widerrufen markiert.',
      fail: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'Die Statusliste des Ausstellers markiert das Badge als ausgesetzt.'
          : d.statusPurpose === 'revocation'
            ? 'Die Statusliste des Ausstellers markiert das Badge als widerrufen.'
            : 'Der Aussteller hat das Badge widerrufen.',
      skip: 'Das Badge gibt keine Widerrufs- oder Statusliste an.',
      unknown: ({ details: d, code }) =>
        d.listIssuer !== undefined
          ? 'Die Statusliste wurde von jemand anderem als dem Aussteller des Badges veröffentlicht; ob das Badge widerrufen wurde, ist daher unbekannt.'
          : d.type !== undefined && d.statusPurpose === undefined && d.url === undefined && d.type !== 'RevocationList' && d.type !== '1EdTechRevocationList'
            ? `Die Statusmethode ${d.type} wird nicht unterstützt; ob das Badge widerrufen wurde, ist daher unbekannt.`
            : code
              ? undefined
              : 'Die Statusliste konnte nicht geprüft werden; ob das Badge widerrufen wurde, ist daher unbekannt.',
    },
    issued: {
      pass: ({ from }) => (from ? `Das Badge ist seit dem ${from} gültig.` : 'Das Badge wurde in der Vergangenheit ausgestellt.'),
      fail: ({ from, code }) => (from ? `Das Badge ist erst ab dem ${from} gültig.` : code ? undefined : 'Das Badge ist noch nicht gültig.'),
      skip: 'Das Badge nennt kein Ausstellungsdatum.',
    },
    expiry: {
      pass: ({ until }) => (until ? `Das Badge ist bis zum ${until} gültig.` : 'Das Badge ist nicht abgelaufen.'),
      fail: ({ until, code }) => (until ? `Das Badge ist am ${until} abgelaufen.` : code ? undefined : 'Das Badge ist abgelaufen.'),
      skip: 'Das Badge hat kein Ablaufdatum.',
    },
    recipient: {
      pass: 'Die angegebene Identität stimmt mit dem Empfänger des Badges überein.',
      fail: 'Die angegebene Identität stimmt nicht mit dem Empfänger des Badges überein.',
      skip: 'Es wurde keine Identität zum Vergleich mit dem Empfänger angegeben.',
      unknown: 'Die angegebene Identität ließ sich nicht vergleichen: Das Badge nennt seinen Empfänger nicht in einer Form, die dieser Prüfer vergleichen kann.',
    },
    endorsements: {
      pass: ({ details: d, number }) =>
        typeof d.valid === 'number' ? `${number(d.valid)} ${d.valid === 1 ? 'Empfehlung' : 'Empfehlungen'} verifiziert.` : 'Die Empfehlungen wurden geprüft.',
      warn: ({ details: d, number }) =>
        typeof d.valid === 'number' && typeof d.verified === 'number'
          ? `${number(d.verified - d.valid)} von ${number(d.verified)} Empfehlungen ließen sich nicht als gültig verifizieren.`
          : 'Einige Empfehlungen ließen sich nicht verifizieren.',
      skip: 'Die Empfehlungen wurden nicht geprüft (Tiefenbegrenzung).',
    },
    baked: {
      pass: ({ details: d }) => (d.image === 'png' || d.image === 'svg' ? `Das Badge wurde aus dem ${d.image.toUpperCase()}-Bild gelesen, in das es eingebettet ist.` : 'Das Badge wurde aus dem Bild gelesen, in das es eingebettet ist.'),
      fail: 'Aus dem Bild ließ sich kein Badge lesen.',
    },
    verify: {
      fail: 'Das Badge konnte wegen eines unerwarteten Fehlers nicht geprüft werden.',
    },
    'issuer-trusted': {
      pass: 'Der verifizierte Aussteller steht auf der Liste vertrauenswürdiger Aussteller dieser Website.',
      warn: 'Das Badge ist echt, aber sein verifizierter Aussteller steht nicht auf der Liste vertrauenswürdiger Aussteller dieser Website.',
      skip: 'Nicht mit der Liste vertrauenswürdiger Aussteller dieser Website verglichen: Das Badge ist nicht verifiziert, daher ist der genannte Aussteller nicht bewiesen.',
    },
  },
  codeMessages: {
    'invalid-signature': 'Die Signatur passt nicht zum Nachweis: Er wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert.',
    'no-proof': 'Der Nachweis trägt keine Signatur, also zeigt nichts, wer ihn ausgestellt hat.',
    malformed: 'Der Nachweis ist fehlerhaft aufgebaut und kann daher nicht geprüft werden.',
    'unsupported-proof': 'Der Nachweis ist mit einer Nachweisart signiert, die dieser Prüfer nicht unterstützt.',
    'unsupported-alg': 'Die Signatur verwendet einen Algorithmus, der nicht zugelassen ist.',
    'weak-key': 'Der Signaturschlüssel ist zu schwach, um ihm zu vertrauen (RSA-Schlüssel müssen mindestens 2048 Bit haben).',
    'key-not-bound-to-issuer': 'Der Signaturschlüssel gehört nicht dem Aussteller, den der Nachweis nennt.',
    'key-resolution-failed': 'Der Schlüssel des Ausstellers wurde nicht gefunden oder war nicht lesbar; die Signatur lässt sich daher nicht prüfen.',
    'context-not-allowed': 'Der Nachweis verwendet einen JSON-LD-Kontext, den dieser Prüfer nicht kennt, und lässt sich daher nicht sicher prüfen.',
    'data-loss': 'Ein Teil des Nachweises ist durch seine Kontexte nicht definiert und wäre nicht von der Signatur abgedeckt.',
    'claim-mismatch': 'Die Angaben des signierten Tokens widersprechen dem Nachweis darin.',
    'origin-not-allowed': 'Das Badge liegt außerhalb der Orte, die sein Aussteller erlaubt.',
    'id-mismatch': 'Das Dokument unter der Adresse des Badges beschreibt ein anderes Badge.',
    'fetch-timeout': 'Ein für die Prüfung nötiges Dokument hat zu lange zum Laden gebraucht.',
    'fetch-too-large': 'Ein für die Prüfung nötiges Dokument ist zu groß zum Laden.',
    'fetch-failed': 'Ein für die Prüfung nötiges Dokument konnte nicht geladen werden.',
    'url-blocked': 'Ein für die Prüfung nötiges Dokument liegt unter einer Adresse, die dieser Prüfer nicht lädt.',
    'unknown-format': 'Dieses Badge-Format erkennt dieser Prüfer nicht.',
  },
  engineMessage: 'Meldung der Prüf-Engine',
  checkId: 'Prüfungs-ID',
  technicalDetails: 'Technische Details',
  technicalDetailsFor: (name) => ` zu ${name}`,
  whatWasChecked: 'Was geprüft wurde',
  reasonGiven: (reason) => `Angegebener Grund: ${reason}`,
  badgeLabel: 'Badge: ',
  issuedOn: (date) => `ausgestellt am ${date}`,
  expiredOn: (date) => `abgelaufen am ${date}`,
  expiresOn: (date) => `gültig bis ${date}`,
  checking: 'Badge wird geprüft …',
  cancel: 'Abbrechen',
  verifyABadge: 'Ein Badge prüfen',
  whoIssuedIt: 'Wer es ausgestellt hat',
  issuerName: 'Name',
  issuerNameHint: '(laut Aussteller — nicht bewiesen)',
  noName: 'Kein Name angegeben',
  claimedId: 'Angegebene Kennung',
  verifiedIdentity: 'Verifizierte Identität',
  verifiedIdentityHint: '(durch den Signaturschlüssel bewiesen)',
  notProven: 'Nicht bewiesen — nichts bestätigt, wer dieses Badge ausgestellt hat.',
  issuerOnList: 'Auf der Liste vertrauenswürdiger Aussteller dieser Website',
  issuerNotOnList: 'Nicht auf der Liste vertrauenswürdiger Aussteller dieser Website',
  recipientHeading: 'Wurde es dieser Person ausgestellt?',
  recipientLabel: 'E-Mail- oder Webadresse der Person',
  recipientPrivacy: 'Wird nur auf diesem Gerät verglichen. Nichts wird gesendet, gespeichert oder protokolliert.',
  recipientCheck: 'Prüfen',
  recipientComparing: 'Wird verglichen …',
  recipientNoRecipient: 'Nicht möglich: Dieses Badge nennt keinen Empfänger und kann keiner Person zugeordnet werden.',
  recipientUnverified: 'Nicht möglich: Das Badge selbst ist nicht verifiziert, daher ist der genannten Person nicht zu trauen.',
  recipientResults: {
    match: 'Treffer: Dieses Badge wurde an die eingegebene Adresse ausgestellt.',
    mismatch: 'Kein Treffer: Dieses Badge wurde nicht an die eingegebene Adresse ausgestellt.',
    unsupported: 'Nicht möglich: Dieses Badge speichert seinen Empfänger nicht in vergleichbarer Form.',
    'not-checked': 'Nicht möglich: Der Empfänger konnte nicht verglichen werden.',
    error: 'Nicht möglich: Die Prüfung konnte nicht abgeschlossen werden.',
  },
  reverify: 'Erneut prüfen',
  copyReport: 'JSON-Bericht kopieren',
  downloadCredential: 'Nachweis herunterladen',
  verifyAnother: 'Anderes Badge prüfen',
  copied: 'Bericht in die Zwischenablage kopiert.',
  copyRefused: 'Kopieren ist hier nicht erlaubt. Nutzen Sie „Nachweis herunterladen“ oder markieren Sie die technischen Details von Hand.',
  downloaded: (filename) => `${filename} heruntergeladen.`,
  nothingToDownload: 'Es gibt kein Nachweisdokument zum Herunterladen.',
  dropHint: 'Legen Sie hier ein Badge-Bild (PNG oder SVG) ab, wählen Sie eine Datei oder fügen Sie unten das Badge oder seine Adresse ein.',
  chooseFile: 'Datei auswählen …',
  pasteLabel: 'Badge-JSON, signierter Text (JWS / JWT) oder Webadresse',
  verifyButton: 'Prüfen',
  verifyThisBadge: (name) => ` – dieses Badge: ${name}`,
  failureCancelled: 'Die Prüfung wurde abgebrochen, bevor sie abgeschlossen war.',
  failureStopped: (message) => `Die Prüfung wurde unterbrochen: ${message}`,
  inputErrors: {
    empty: 'Fügen Sie zuerst ein Badge, einen signierten Badge-Text oder seine Webadresse ein.',
    badJson: 'Das sieht nach JSON aus, ist aber nicht lesbar: Prüfen Sie, ob es vollständig eingefügt wurde.',
    tooLarge: 'Diese Datei ist zu groß für ein Badge (mehr als 5 MB).',
  },
  dialogTitle: 'Badge-Verifizierung',
  close: 'Schließen',
  closeSuffix: ' (Verifizierung)',
};
