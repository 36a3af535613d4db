/** Spanish `verify` section (in the es chunk: imported only by `es.ts`). Typed against English. */
import type { VerifyStrings } from './en.js';

export const verify: VerifyStrings = {
  states: {
    valid: {
      iconLabel: 'Verificada',
      headline: () => 'Verificada',
      explanation: 'La firma del emisor es correcta, la clave pertenece al emisor y la insignia está vigente.',
    },
    expired: {
      iconLabel: 'Caducada',
      headline: ({ date }) => (date ? `Verificada — caducó el ${date}` : 'Verificada — caducada'),
      explanation: 'El emisor emitió realmente esta insignia, pero ya no es válida.',
    },
    'not-yet-valid': {
      iconLabel: 'Aún no válida',
      headline: ({ date }) => (date ? `Verificada — no es válida hasta el ${date}` : 'Verificada — aún no es válida'),
      explanation: 'El emisor emitió realmente esta insignia, pero su periodo de validez aún no ha empezado.',
    },
    revoked: {
      iconLabel: 'Revocada',
      headline: ({ reason }) => (reason ? `Verificada — revocada (${reason})` : 'Verificada — revocada'),
      explanation: 'El emisor emitió realmente esta insignia, pero la ha retirado. No debe darse por buena.',
    },
    suspended: {
      iconLabel: 'Suspendida',
      headline: () => 'Verificada — suspendida',
      explanation: 'El emisor emitió realmente esta insignia, pero la ha suspendido por ahora.',
    },
    'status-unknown': {
      iconLabel: 'Estado desconocido',
      headline: () => 'Verificada — no se pudo comprobar si fue revocada',
      explanation: 'La firma es correcta, pero no se pudo leer la lista de revocación del emisor, así que la insignia podría haber sido retirada.',
    },
    invalid: {
      iconLabel: 'No verificada',
      headline: ({ cause }) => `No verificada: ${cause}`,
      explanation: 'No confíe en esta insignia: fue modificada o no la emitió quien dice haberla emitido.',
    },
    unverifiable: {
      iconLabel: 'No se pudo comprobar',
      headline: ({ cause }) => `No se pudo comprobar: ${cause}`,
      explanation: 'Esto no significa que la insignia sea falsa: ahora mismo no se pudo comprobar. Inténtelo más tarde o consulte al emisor.',
    },
  },
  codes: {
    'invalid-signature': 'la firma no coincide',
    'no-proof': 'no lleva firma ni una copia alojada con la que compararla',
    malformed: 'la insignia está dañada o mal formada',
    'unsupported-proof': 'está firmada con un tipo de prueba que este verificador no admite',
    'unsupported-alg': 'está firmada con un algoritmo que este verificador no acepta',
    'weak-key': 'la clave de firma es demasiado débil para fiarse de ella',
    'key-not-bound-to-issuer': 'la clave no pertenece al emisor',
    'key-resolution-failed': 'no se encontró la clave del emisor',
    'context-not-allowed': 'usa un vocabulario (contexto JSON-LD) en el que este verificador no confía',
    'data-loss': 'parte de su contenido no está cubierta por la firma',
    'claim-mismatch': 'los datos firmados no coinciden con el contenido de la insignia',
    'origin-not-allowed': 'está alojada en una dirección que el emisor no permite',
    'id-mismatch': 'la copia alojada no coincide con la dirección de la insignia',
    'fetch-timeout': 'el servidor del emisor no respondió',
    'fetch-too-large': 'el servidor del emisor envió demasiados datos',
    'fetch-failed': 'no se pudo contactar con el servidor del emisor',
    'url-blocked': 'apunta a una dirección no permitida (solo https)',
    'unknown-format': 'este verificador no puede leer este formato de insignia',
  },
  extraCauses: {
    cors: 'el servidor del emisor bloquea las solicitudes de otros sitios',
    aborted: 'se canceló la comprobación',
  },
  httpErrorCause: (status) => `el servidor del emisor respondió con un error (HTTP ${status})`,
  failedCause: 'la insignia no superó una comprobación',
  uncheckedCause: 'no se pudo comprobar la insignia',
  outcomes: { pass: 'Superada', fail: 'Fallida', warn: 'Aviso', skip: 'Omitida', unknown: 'No se pudo comprobar' },
  outcomeCounts: {
    pass: (n, c) => (c === 1 ? `${n} superada` : `${n} superadas`),
    fail: (n, c) => (c === 1 ? `${n} fallida` : `${n} fallidas`),
    warn: (n) => `${n} con avisos`,
    unknown: (n, c) => (c === 1 ? `${n} no comprobable` : `${n} no comprobables`),
    skip: (n, c) => (c === 1 ? `${n} omitida` : `${n} omitidas`),
  },
  listSeparator: ', ',
  checkNames: {
    format: 'Formato',
    fetch: 'Copia alojada',
    'hosted-id': 'Misma insignia',
    issuer: 'Perfil del emisor',
    origin: 'Dirección de alojamiento',
    'badge-issuer': 'Mismo emisor',
    proof: 'Firma',
    algorithm: 'Algoritmo',
    'key-binding': 'La clave pertenece al emisor',
    claims: 'Datos del token',
    status: 'Estado de revocación',
    issued: 'Fecha de emisión',
    expiry: 'Fecha de caducidad',
    recipient: 'Destinatario',
    endorsements: 'Avales',
    baked: 'Imagen de la insignia',
    verify: 'Verificación',
    'issuer-trusted': 'Emisor de confianza',
  },
  detailLabels: {
    kid: 'Id. de clave',
    keyId: 'Id. de clave',
    alg: 'Algoritmo',
    algorithm: 'Algoritmo',
    proofType: 'Tipo de prueba',
    cryptosuite: 'Suite criptográfica',
    verificationMethod: 'Método de verificación',
    url: 'URL',
    urls: 'URL descargadas',
    status: 'Estado HTTP',
    statusListIndex: 'Índice en la lista de estado',
    statusListCredential: 'Lista de estado',
    statusPurpose: 'Finalidad del estado',
    controller: 'Controlador de la clave',
    did: 'DID',
    code: 'Código',
  },
  checkMessages: {
    format: {
      pass: ({ details: d }) =>
        d.format === 'ob3-jwt'
          ? 'Es una credencial Open Badges 3.0 firmada como JWT (VC-JWT).'
          : d.format === 'ob3-json'
            ? 'Es una credencial Open Badges 3.0 (JSON-LD).'
            : d.format === 'ob2-signed'
              ? 'Es una aserción firmada de Open Badges 2.0 (JWS).'
              : d.format === 'ob2-hosted'
                ? 'Es una aserción alojada de Open Badges 2.0.'
                : d.format === 'ob1-hosted'
                  ? 'Es una aserción alojada de Open Badges 1.x.'
                  : 'Se reconoció el formato de la insignia.',
      fail: 'No se pudo leer la insignia.',
    },
    fetch: {
      pass: 'La insignia alojada se cargó desde su propia dirección; lo que se comprueba es la copia alojada.',
      fail: ({ details: d, code }) =>
        d.status === 410
          ? 'El emisor responde que esta insignia ya no existe (HTTP 410): fue revocada.'
          : code === 'fetch-failed' && typeof d.status === 'number'
            ? `No se pudo cargar la insignia alojada (HTTP ${d.status}).`
            : code
              ? undefined
              : 'No se pudo cargar la insignia alojada desde su dirección.',
    },
    'hosted-id': {
      pass: 'La copia alojada nombra la misma insignia.',
      fail: 'La copia alojada nombra otra insignia.',
    },
    issuer: {
      pass: 'El perfil del emisor se cargó desde su propia dirección.',
      fail: ({ details: d, code }) =>
        code === 'id-mismatch'
          ? 'El perfil que hay en la dirección del emisor nombra a otro emisor.'
          : d.url === undefined && (code === 'malformed' || code === 'key-not-bound-to-issuer')
            ? 'El emisor de la insignia no tiene una dirección web (id HTTP) con la que comprobarla.'
            : code
              ? undefined
              : 'No se pudo comprobar el perfil del emisor.',
    },
    origin: {
      pass: 'La insignia está alojada donde su emisor lo permite.',
      fail: 'La insignia está alojada fuera de los lugares que su emisor permite.',
    },
    'badge-issuer': {
      pass: 'La clase de insignia nombra al mismo emisor.',
      fail: () => 'La clase de insignia y el perfil del emisor nombran emisores distintos.',
    },
    proof: {
      pass: ({ details: d, number }) =>
        d.alg !== undefined
          ? `La firma ${d.alg} es válida.`
          : d.cryptosuite !== undefined
            ? typeof d.proofs === 'number' && d.proofs > 1
              ? `Las ${number(d.proofs)} pruebas (${d.cryptosuite}) se verificaron con la clave del emisor.`
              : `La prueba ${d.cryptosuite} se verificó con la clave del emisor.`
            : 'La firma es válida.',
      fail: 'No se pudo verificar la firma.',
      skip: 'No hay firma que comprobar: una insignia alojada se comprueba cargándola desde su emisor.',
    },
    algorithm: {
      pass: ({ details: d }) => (d.alg !== undefined ? `El algoritmo ${d.alg} está en la lista de permitidos.` : 'El algoritmo de firma está en la lista de permitidos.'),
      fail: ({ details: d }) => (d.alg !== undefined ? `La insignia está firmada con el algoritmo ${d.alg}, que no está en la lista de permitidos.` : 'El algoritmo de firma no está permitido.'),
    },
    'key-binding': {
      pass: ({ details: d }) => (d.issuer !== undefined ? `La clave está vinculada al emisor ${d.issuer}.` : 'La clave de firma pertenece al emisor.'),
      fail: 'No se pudo vincular la clave de firma con el emisor.',
    },
    claims: {
      pass: 'Los datos del token coinciden con la credencial.',
      fail: ({ details: d }) => (d.claim !== undefined ? `El dato «${d.claim}» del token no coincide con la credencial.` : 'Los datos del token no coinciden con la credencial.'),
    },
    status: {
      pass: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'Según la lista de estado del emisor, la insignia no está suspendida.'
          : d.statusPurpose !== undefined && d.statusPurpose !== 'revocation'
            ? `Se leyó la lista de estado del emisor para el propósito «${d.statusPurpose}».`
            : d.type === 'RevocationList' || d.type === '1EdTechRevocationList'
              ? 'La lista de revocación del emisor no incluye la insignia.'
              : d.statusPurpose === 'revocation'
                ? 'Según la lista de estado del emisor, la insignia no ha sido revocada.'
                : 'La insignia no está marcada como revocada.',
      fail: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'La lista de estado del emisor marca la insignia como suspendida.'
          : d.statusPurpose === 'revocation'
            ? 'La lista de estado del emisor marca la insignia como revocada.'
            : 'El emisor ha revocado la insignia.',
      skip: 'La insignia no declara ninguna lista de revocación ni de estado.',
      unknown: ({ details: d, code }) =>
        d.listIssuer !== undefined
          ? 'La lista de estado la publicó alguien distinto del emisor de la insignia, así que no se sabe si fue revocada.'
          : d.type !== undefined && d.statusPurpose === undefined && d.url === undefined && d.type !== 'RevocationList' && d.type !== '1EdTechRevocationList'
            ? `El método de estado ${d.type} no es compatible, así que no se sabe si la insignia fue revocada.`
            : code
              ? undefined
              : 'No se pudo comprobar la lista de estado, así que no se sabe si la insignia fue revocada.',
    },
    issued: {
      pass: ({ from }) => (from ? `La insignia es válida desde el ${from}.` : 'La insignia se emitió en el pasado.'),
      fail: ({ from, code }) => (from ? `La insignia no es válida hasta el ${from}.` : code ? undefined : 'La insignia aún no es válida.'),
      skip: 'La insignia no indica fecha de emisión.',
    },
    expiry: {
      pass: ({ until }) => (until ? `La insignia es válida hasta el ${until}.` : 'La insignia no ha caducado.'),
      fail: ({ until, code }) => (until ? `La insignia caducó el ${until}.` : code ? undefined : 'La insignia ha caducado.'),
      skip: 'La insignia no tiene fecha de caducidad.',
    },
    recipient: {
      pass: 'La identidad indicada coincide con el destinatario de la insignia.',
      fail: 'La identidad indicada no coincide con el destinatario de la insignia.',
      skip: 'No se indicó ninguna identidad para compararla con el destinatario.',
      unknown: 'No se pudo comparar la identidad indicada: la insignia no nombra a su destinatario de una forma que este verificador pueda comparar.',
    },
    endorsements: {
      pass: ({ details: d, number }) =>
        typeof d.valid === 'number' ? (d.valid === 1 ? `${number(d.valid)} aval verificado.` : `${number(d.valid)} avales verificados.`) : 'Se comprobaron los avales.',
      warn: ({ details: d, number }) =>
        typeof d.valid === 'number' && typeof d.verified === 'number'
          ? `${number(d.verified - d.valid)} de ${number(d.verified)} avales no se pudieron verificar como válidos.`
          : 'Algunos avales no se pudieron verificar.',
      skip: 'Los avales no se comprobaron (límite de profundidad).',
    },
    baked: {
      pass: ({ details: d }) => (d.image === 'png' || d.image === 'svg' ? `La insignia se leyó de la imagen ${d.image.toUpperCase()} en la que está incrustada.` : 'La insignia se leyó de la imagen en la que está incrustada.'),
      fail: 'No se pudo leer ninguna insignia en la imagen.',
    },
    verify: {
      fail: 'No se pudo comprobar la insignia por un error inesperado.',
    },
    'issuer-trusted': {
      pass: 'El emisor verificado está en la lista de emisores de confianza de este sitio.',
      warn: 'La insignia es auténtica, pero su emisor verificado no está en la lista de emisores de confianza de este sitio.',
      skip: 'No se comparó con la lista de emisores de confianza de este sitio: la insignia no está verificada, así que el emisor que nombra no está demostrado.',
    },
  },
  codeMessages: {
    'invalid-signature': 'La firma no coincide con la credencial: se modificó después de firmarse o se firmó con otra clave.',
    'no-proof': 'La credencial no lleva ninguna prueba, así que nada muestra quién la emitió.',
    malformed: 'La credencial no está bien formada, así que no se puede comprobar.',
    'unsupported-proof': 'La credencial usa un tipo de prueba que este verificador no admite.',
    'unsupported-alg': 'La firma usa un algoritmo que no está en la lista de permitidos.',
    'weak-key': 'La clave de firma es demasiado débil para fiarse de ella (las claves RSA deben tener al menos 2048 bits).',
    'key-not-bound-to-issuer': 'La clave de firma no pertenece al emisor que nombra la credencial.',
    'key-resolution-failed': 'No se pudo encontrar o leer la clave del emisor, así que no se puede comprobar la firma.',
    'context-not-allowed': 'La credencial usa un contexto JSON-LD que este verificador no conoce, así que no se puede comprobar con seguridad.',
    'data-loss': 'Parte de la credencial no está definida por sus contextos y no quedaría cubierta por la firma.',
    'claim-mismatch': 'Los datos del token firmado no coinciden con la credencial que contiene.',
    'origin-not-allowed': 'La insignia está alojada fuera de los lugares que su emisor permite.',
    'id-mismatch': 'El documento que hay en la dirección de la insignia describe otra insignia.',
    'fetch-timeout': 'Un documento necesario para comprobar la insignia tardó demasiado en cargarse.',
    'fetch-too-large': 'Un documento necesario para comprobar la insignia es demasiado grande para cargarlo.',
    'fetch-failed': 'No se pudo cargar un documento necesario para comprobar la insignia.',
    'url-blocked': 'Un documento necesario para comprobar la insignia está en una dirección que este verificador se niega a cargar.',
    'unknown-format': 'Este no es un formato de insignia que este verificador reconozca.',
  },
  engineMessage: 'Mensaje del motor de verificación',
  checkId: 'Id. de comprobación',
  technicalDetails: 'Detalles técnicos',
  technicalDetailsFor: (name) => ` de ${name}`,
  whatWasChecked: 'Qué se comprobó',
  reasonGiven: (reason) => `Motivo indicado: ${reason}`,
  badgeLabel: 'Insignia: ',
  issuedOn: (date) => `emitida el ${date}`,
  expiredOn: (date) => `caducó el ${date}`,
  expiresOn: (date) => `caduca el ${date}`,
  checking: 'Comprobando la insignia…',
  cancel: 'Cancelar',
  verifyABadge: 'Verificar una insignia',
  whoIssuedIt: 'Quién la emitió',
  issuerName: 'Nombre',
  issuerNameHint: '(según el emisor — no demostrado)',
  noName: 'Sin nombre',
  claimedId: 'Identificador declarado',
  verifiedIdentity: 'Identidad verificada',
  verifiedIdentityHint: '(demostrada por la clave de firma)',
  notProven: 'No demostrada — nada confirma quién emitió esta insignia.',
  issuerOnList: 'En la lista de emisores de confianza de este sitio',
  issuerNotOnList: 'No está en la lista de emisores de confianza de este sitio',
  recipientHeading: '¿Se emitió a esta persona?',
  recipientLabel: 'Correo electrónico o dirección web de la persona',
  recipientPrivacy: 'Se compara solo en este dispositivo. No se envía, guarda ni registra.',
  recipientCheck: 'Comprobar',
  recipientComparing: 'Comparando…',
  recipientNoRecipient: 'No es posible: esta insignia no nombra a su destinatario, así que no se puede asociar a una persona.',
  recipientUnverified: 'No es posible: la propia insignia no está verificada, así que no se puede confiar en la persona que nombra.',
  recipientResults: {
    match: 'Coincide: esta insignia se emitió a la dirección que ha escrito.',
    mismatch: 'No coincide: esta insignia no se emitió a la dirección que ha escrito.',
    unsupported: 'No es posible: esta insignia no registra a su destinatario de forma comparable.',
    'not-checked': 'No es posible: no se pudo comparar el destinatario.',
    error: 'No es posible: no se pudo completar la comprobación.',
  },
  reverify: 'Volver a verificar',
  copyReport: 'Copiar informe JSON',
  downloadCredential: 'Descargar credencial',
  verifyAnother: 'Verificar otra insignia',
  copied: 'Informe copiado al portapapeles.',
  copyRefused: 'Aquí no se permite copiar. Use «Descargar credencial» o seleccione los detalles técnicos a mano.',
  downloaded: (filename) => `Descargado ${filename}.`,
  nothingToDownload: 'No hay ningún documento de credencial que descargar.',
  dropHint: 'Suelte aquí una imagen de insignia (PNG o SVG), elija un archivo o pegue abajo la insignia o su dirección.',
  chooseFile: 'Elegir un archivo…',
  pasteLabel: 'JSON de la insignia, texto firmado (JWS / JWT) o dirección web',
  verifyButton: 'Verificar',
  verifyThisBadge: (name) => ` esta insignia: ${name}`,
  failureCancelled: 'La verificación se canceló antes de terminar.',
  failureStopped: (message) => `La verificación se interrumpió: ${message}`,
  inputErrors: {
    empty: 'Primero pegue una insignia, un texto de insignia firmado o su dirección web.',
    badJson: 'Parece JSON pero no se puede leer: compruebe que se pegó completo.',
    tooLarge: 'Este archivo es demasiado grande para ser una insignia (más de 5 MB).',
  },
  dialogTitle: 'Verificación de la insignia',
  close: 'Cerrar',
  closeSuffix: ' la verificación',
};
