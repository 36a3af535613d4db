/** Arabic `verify` section (in the ar chunk: imported only by `ar.ts`). Typed against English. */
import type { VerifyStrings } from './en.js';

export const verify: VerifyStrings = {
  states: {
    valid: {
      iconLabel: 'تم التحقق',
      headline: () => 'تم التحقق',
      explanation: 'توقيع الجهة المُصدِرة صحيح، والمفتاح يعود إليها، والشارة سارية حاليًا.',
    },
    expired: {
      iconLabel: 'منتهية',
      headline: ({ date }) => (date ? `تم التحقق — انتهت في ${date}` : 'تم التحقق — منتهية'),
      explanation: 'أصدرت الجهة المُصدِرة هذه الشارة فعلًا، لكنها لم تعد سارية.',
    },
    'not-yet-valid': {
      iconLabel: 'غير سارية بعد',
      headline: ({ date }) => (date ? `تم التحقق — لا تسري قبل ${date}` : 'تم التحقق — غير سارية بعد'),
      explanation: 'أصدرت الجهة المُصدِرة هذه الشارة فعلًا، لكن مدة سريانها لم تبدأ بعد.',
    },
    revoked: {
      iconLabel: 'ملغاة',
      headline: ({ reason }) => (reason ? `تم التحقق — ملغاة (${reason})` : 'تم التحقق — ملغاة'),
      explanation: 'أصدرت الجهة المُصدِرة هذه الشارة فعلًا، ثم سحبتها. لا ينبغي الاعتماد عليها.',
    },
    suspended: {
      iconLabel: 'معلّقة',
      headline: () => 'تم التحقق — معلّقة',
      explanation: 'أصدرت الجهة المُصدِرة هذه الشارة فعلًا، لكنها علّقتها مؤقتًا.',
    },
    'status-unknown': {
      iconLabel: 'الحالة غير معروفة',
      headline: () => 'تم التحقق — تعذّر التحقق من حالة الإلغاء',
      explanation: 'التوقيع صحيح، لكن تعذّرت قراءة قائمة الإلغاء لدى الجهة المُصدِرة، فربما سُحبت الشارة.',
    },
    invalid: {
      iconLabel: 'لم يتم التحقق',
      headline: ({ cause }) => `لم يتم التحقق: ${cause}`,
      explanation: 'لا تعتمد على هذه الشارة: فقد عُدّلت، أو لم تُصدرها الجهة التي تدّعي ذلك.',
    },
    unverifiable: {
      iconLabel: 'تعذّر التحقق',
      headline: ({ cause }) => `تعذّر التحقق: ${cause}`,
      explanation: 'هذا لا يعني أن الشارة مزيفة: تعذّر التحقق منها الآن. أعد المحاولة لاحقًا، أو اسأل الجهة المُصدِرة.',
    },
  },
  codes: {
    'invalid-signature': 'التوقيع غير مطابق',
    'no-proof': 'لا تحمل توقيعًا ولا نسخة مستضافة للمقارنة',
    malformed: 'الشارة تالفة أو غير سليمة البنية',
    'unsupported-proof': 'موقّعة بنوع إثبات لا يدعمه هذا المدقق',
    'unsupported-alg': 'موقّعة بخوارزمية لا يقبلها هذا المدقق',
    'weak-key': 'مفتاح التوقيع أضعف من أن يُوثق به',
    'key-not-bound-to-issuer': 'المفتاح لا يعود إلى الجهة المُصدِرة',
    'key-resolution-failed': 'تعذّر العثور على مفتاح الجهة المُصدِرة',
    'context-not-allowed': 'تستخدم مفردات (سياق JSON-LD) لا يثق بها هذا المدقق',
    'data-loss': 'جزء من محتواها لا يشمله التوقيع',
    'claim-mismatch': 'البيانات الموقّعة لا تطابق محتوى الشارة',
    'origin-not-allowed': 'مستضافة على عنوان لا تسمح به الجهة المُصدِرة',
    'id-mismatch': 'النسخة المستضافة لا تطابق عنوان الشارة',
    'fetch-timeout': 'لم يستجب خادم الجهة المُصدِرة',
    'fetch-too-large': 'أرسل خادم الجهة المُصدِرة بيانات كثيرة جدًا',
    'fetch-failed': 'تعذّر الوصول إلى خادم الجهة المُصدِرة',
    'url-blocked': 'تشير إلى عنوان غير مسموح به (https فقط)',
    'unknown-format': 'لا يستطيع هذا المدقق قراءة صيغة الشارة هذه',
  },
  extraCauses: {
    cors: 'يحظر خادم الجهة المُصدِرة الطلبات من المواقع الأخرى',
    aborted: 'أُلغي التحقق',
  },
  httpErrorCause: (status) => `أجاب خادم الجهة المُصدِرة بخطأ (HTTP ${status})`,
  failedCause: 'لم تجتز الشارة أحد الفحوص',
  uncheckedCause: 'تعذّر فحص الشارة',
  outcomes: { pass: 'ناجح', fail: 'فاشل', warn: 'تحذير', skip: 'متخطّى', unknown: 'تعذّر الفحص' },
  outcomeCounts: {
    pass: (n) => `ناجح: ${n}`,
    fail: (n) => `فاشل: ${n}`,
    warn: (n) => `مع تحذيرات: ${n}`,
    unknown: (n) => `تعذّر فحصه: ${n}`,
    skip: (n) => `متخطّى: ${n}`,
  },
  listSeparator: '، ',
  checkNames: {
    format: 'الصيغة',
    fetch: 'النسخة المستضافة',
    'hosted-id': 'الشارة نفسها',
    issuer: 'ملف الجهة المُصدِرة',
    origin: 'عنوان الاستضافة',
    'badge-issuer': 'الجهة المُصدِرة نفسها',
    proof: 'التوقيع',
    algorithm: 'الخوارزمية',
    'key-binding': 'المفتاح يعود إلى الجهة المُصدِرة',
    claims: 'بيانات الرمز',
    status: 'حالة الإلغاء',
    issued: 'تاريخ الإصدار',
    expiry: 'تاريخ الانتهاء',
    recipient: 'المستلم',
    endorsements: 'التزكيات',
    baked: 'صورة الشارة',
    verify: 'التحقق',
    'issuer-trusted': 'جهة مُصدِرة موثوقة',
  },
  detailLabels: {
    kid: 'معرّف المفتاح',
    keyId: 'معرّف المفتاح',
    alg: 'الخوارزمية',
    algorithm: 'الخوارزمية',
    proofType: 'نوع الإثبات',
    cryptosuite: 'حزمة التشفير',
    verificationMethod: 'طريقة التحقق',
    url: 'الرابط',
    urls: 'الروابط المنزّلة',
    status: 'حالة HTTP',
    statusListIndex: 'الموضع في قائمة الحالة',
    statusListCredential: 'قائمة الحالة',
    statusPurpose: 'غرض الحالة',
    controller: 'مالك المفتاح',
    did: 'DID',
    code: 'الرمز',
  },
  checkMessages: {
    format: {
      pass: ({ details: d }) =>
        d.format === 'ob3-jwt'
          ? 'هذه شهادة Open Badges 3.0 موقّعة بصيغة JWT (VC-JWT).'
          : d.format === 'ob3-json'
            ? 'هذه شهادة Open Badges 3.0 (JSON-LD).'
            : d.format === 'ob2-signed'
              ? 'هذا تأكيد Open Badges 2.0 موقّع (JWS).'
              : d.format === 'ob2-hosted'
                ? 'هذا تأكيد Open Badges 2.0 مستضاف.'
                : d.format === 'ob1-hosted'
                  ? 'هذا تأكيد Open Badges 1.x مستضاف.'
                  : 'تم التعرّف على صيغة الشارة.',
      fail: 'تعذّرت قراءة الشارة.',
    },
    fetch: {
      pass: 'حُمّلت الشارة المستضافة من عنوانها الخاص، والنسخة المستضافة هي التي فُحصت.',
      fail: ({ details: d, code }) =>
        d.status === 410
          ? 'تجيب الجهة المُصدِرة بأن هذه الشارة لم تعد موجودة (HTTP 410): لقد أُلغيت.'
          : code === 'fetch-failed' && typeof d.status === 'number'
            ? `تعذّر تحميل الشارة المستضافة (HTTP ${d.status}).`
            : code
              ? undefined
              : 'تعذّر تحميل الشارة المستضافة من عنوانها.',
    },
    'hosted-id': {
      pass: 'تذكر النسخة المستضافة الشارة نفسها.',
      fail: 'تذكر النسخة المستضافة شارة مختلفة.',
    },
    issuer: {
      pass: 'حُمّل ملف الجهة المُصدِرة من عنوانه الخاص.',
      fail: ({ details: d, code }) =>
        code === 'id-mismatch'
          ? 'ملف الجهة المُصدِرة الموجود على عنوانها يذكر جهة مُصدِرة أخرى.'
          : d.url === undefined && (code === 'malformed' || code === 'key-not-bound-to-issuer')
            ? 'ليس للجهة المُصدِرة لهذه الشارة عنوان ويب (معرّف HTTP) يمكن فحصها على أساسه.'
            : code
              ? undefined
              : 'تعذّر فحص ملف الجهة المُصدِرة.',
    },
    origin: {
      pass: 'الشارة مستضافة حيث تسمح جهتها المُصدِرة.',
      fail: 'الشارة مستضافة خارج الأماكن التي تسمح بها جهتها المُصدِرة.',
    },
    'badge-issuer': {
      pass: 'فئة الشارة تذكر الجهة المُصدِرة نفسها.',
      fail: () => 'فئة الشارة وملف الجهة المُصدِرة يذكران جهتين مُصدِرتين مختلفتين.',
    },
    proof: {
      pass: ({ details: d, number }) =>
        d.alg !== undefined
          ? `توقيع ${d.alg} صالح.`
          : d.cryptosuite !== undefined
            ? typeof d.proofs === 'number' && d.proofs > 1
              ? `تم التحقق من جميع الإثباتات (${number(d.proofs)}، ${d.cryptosuite}) بمفتاح الجهة المُصدِرة.`
              : `تم التحقق من إثبات ${d.cryptosuite} بمفتاح الجهة المُصدِرة.`
            : 'التوقيع صالح.',
      fail: 'تعذّر التحقق من التوقيع.',
      skip: 'لا يوجد توقيع لفحصه: تُفحص الشارة المستضافة بتحميلها من جهتها المُصدِرة.',
    },
    algorithm: {
      pass: ({ details: d }) => (d.alg !== undefined ? `الخوارزمية ${d.alg} ضمن القائمة المسموح بها.` : 'خوارزمية التوقيع ضمن القائمة المسموح بها.'),
      fail: ({ details: d }) => (d.alg !== undefined ? `الشارة موقّعة بالخوارزمية ${d.alg}، وهي ليست ضمن القائمة المسموح بها.` : 'خوارزمية التوقيع غير مسموح بها.'),
    },
    'key-binding': {
      pass: ({ details: d }) => (d.issuer !== undefined ? `المفتاح مرتبط بالجهة المُصدِرة ${d.issuer}.` : 'مفتاح التوقيع يعود إلى الجهة المُصدِرة.'),
      fail: 'تعذّر ربط مفتاح التوقيع بالجهة المُصدِرة.',
    },
    claims: {
      pass: 'بيانات الرمز تطابق الشهادة.',
      fail: ({ details: d }) => (d.claim !== undefined ? `البيان «${d.claim}» في الرمز لا يطابق الشهادة.` : 'بيانات الرمز لا تطابق الشهادة.'),
    },
    status: {
      pass: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'تفيد قائمة الحالة لدى الجهة المُصدِرة بأن الشارة غير معلّقة.'
          : d.statusPurpose !== undefined && d.statusPurpose !== 'revocation'
            ? `قُرئت قائمة الحالة لدى الجهة المُصدِرة للغرض «${d.statusPurpose}».`
            : d.type === 'RevocationList' || d.type === '1EdTechRevocationList'
              ? 'قائمة الإلغاء لدى الجهة المُصدِرة لا تتضمن الشارة.'
              : d.statusPurpose === 'revocation'
                ? 'تفيد قائمة الحالة لدى الجهة المُصدِرة بأن الشارة لم تُلغَ.'
                : 'الشارة غير مُعلَّمة بأنها ملغاة.',
      fail: ({ details: d }) =>
        d.statusPurpose === 'suspension'
          ? 'تُعلِّم قائمة الحالة لدى الجهة المُصدِرة الشارة بأنها معلّقة.'
          : d.statusPurpose === 'revocation'
            ? 'تُعلِّم قائمة الحالة لدى الجهة المُصدِرة الشارة بأنها ملغاة.'
            : 'ألغت الجهة المُصدِرة الشارة.',
      skip: 'لا تُعلن الشارة عن أي قائمة إلغاء أو قائمة حالة.',
      unknown: ({ details: d, code }) =>
        d.listIssuer !== undefined
          ? 'نشر قائمةَ الحالة طرفٌ غير الجهة المُصدِرة للشارة، لذا لا يُعرف إن كانت الشارة قد أُلغيت.'
          : d.type !== undefined && d.statusPurpose === undefined && d.url === undefined && d.type !== 'RevocationList' && d.type !== '1EdTechRevocationList'
            ? `طريقة الحالة ${d.type} غير مدعومة، لذا لا يُعرف إن كانت الشارة قد أُلغيت.`
            : code
              ? undefined
              : 'تعذّر فحص قائمة الحالة، لذا لا يُعرف إن كانت الشارة قد أُلغيت.',
    },
    issued: {
      pass: ({ from }) => (from ? `الشارة صالحة منذ ${from}.` : 'صدرت الشارة في الماضي.'),
      fail: ({ from, code }) => (from ? `لا تصبح الشارة صالحة قبل ${from}.` : code ? undefined : 'الشارة ليست صالحة بعد.'),
      skip: 'لا تذكر الشارة تاريخ إصدار.',
    },
    expiry: {
      pass: ({ until }) => (until ? `الشارة صالحة حتى ${until}.` : 'لم تنتهِ صلاحية الشارة.'),
      fail: ({ until, code }) => (until ? `انتهت صلاحية الشارة في ${until}.` : code ? undefined : 'انتهت صلاحية الشارة.'),
      skip: 'ليس للشارة تاريخ انتهاء.',
    },
    recipient: {
      pass: 'الهوية المُدخلة تطابق مستلم الشارة.',
      fail: 'الهوية المُدخلة لا تطابق مستلم الشارة.',
      skip: 'لم تُقدَّم أي هوية لمقارنتها بالمستلم.',
      unknown: 'تعذّرت مقارنة الهوية المُدخلة: لا تذكر الشارة مستلمها بصيغة يستطيع هذا المدقق مقارنتها.',
    },
    endorsements: {
      pass: ({ details: d, number }) => (typeof d.valid === 'number' ? `تم التحقق من التزكيات: ${number(d.valid)}.` : 'فُحصت التزكيات.'),
      warn: ({ details: d, number }) =>
        typeof d.valid === 'number' && typeof d.verified === 'number'
          ? `تزكيات تعذّر التحقق من صلاحيتها: ${number(d.verified - d.valid)} من ${number(d.verified)}.`
          : 'تعذّر التحقق من بعض التزكيات.',
      skip: 'لم تُفحص التزكيات (حدّ العمق).',
    },
    baked: {
      pass: ({ details: d }) => (d.image === 'png' || d.image === 'svg' ? `قُرئت الشارة من صورة ${d.image.toUpperCase()} المضمّنة فيها.` : 'قُرئت الشارة من الصورة المضمّنة فيها.'),
      fail: 'تعذّرت قراءة أي شارة من الصورة.',
    },
    verify: {
      fail: 'تعذّر فحص الشارة بسبب خطأ غير متوقع.',
    },
    'issuer-trusted': {
      pass: 'الجهة المُصدِرة المُتحقَّق منها ضمن قائمة الجهات المُصدِرة الموثوقة لدى هذا الموقع.',
      warn: 'الشارة أصلية، لكن جهتها المُصدِرة المُتحقَّق منها ليست ضمن قائمة الجهات المُصدِرة الموثوقة لدى هذا الموقع.',
      skip: 'لم تُقارَن بقائمة الجهات المُصدِرة الموثوقة لدى هذا الموقع: الشارة غير مُتحقَّق منها، لذا فالجهة المُصدِرة التي تذكرها غير مُثبتة.',
    },
  },
  codeMessages: {
    'invalid-signature': 'التوقيع لا يطابق الشهادة: عُدّلت بعد توقيعها، أو وُقّعت بمفتاح آخر.',
    'no-proof': 'لا تحمل الشهادة أي إثبات، لذا لا شيء يبيّن من أصدرها.',
    malformed: 'الشهادة غير سليمة البنية، لذا لا يمكن فحصها.',
    'unsupported-proof': 'تستخدم الشهادة نوع إثبات لا يدعمه هذا المدقق.',
    'unsupported-alg': 'يستخدم التوقيع خوارزمية ليست ضمن القائمة المسموح بها.',
    'weak-key': 'مفتاح التوقيع أضعف من أن يُوثق به (يجب ألا يقل طول مفاتيح RSA عن 2048 بت).',
    'key-not-bound-to-issuer': 'مفتاح التوقيع لا يعود إلى الجهة المُصدِرة المذكورة في الشهادة.',
    'key-resolution-failed': 'تعذّر العثور على مفتاح الجهة المُصدِرة أو قراءته، لذا لا يمكن فحص التوقيع.',
    'context-not-allowed': 'تستخدم الشهادة سياق JSON-LD لا يعرفه هذا المدقق، لذا لا يمكن فحصها بأمان.',
    'data-loss': 'جزء من الشهادة غير مُعرَّف في سياقاتها ولن يشمله التوقيع.',
    'claim-mismatch': 'بيانات الرمز الموقّع لا تطابق الشهادة التي يحملها.',
    'origin-not-allowed': 'الشارة مستضافة خارج الأماكن التي تسمح بها جهتها المُصدِرة.',
    'id-mismatch': 'المستند الموجود على عنوان الشارة يصف شارة مختلفة.',
    'fetch-timeout': 'استغرق تحميل مستند لازم لفحص الشارة وقتًا طويلًا جدًا.',
    'fetch-too-large': 'مستند لازم لفحص الشارة أكبر من أن يُحمَّل.',
    'fetch-failed': 'تعذّر تحميل مستند لازم لفحص الشارة.',
    'url-blocked': 'مستند لازم لفحص الشارة موجود على عنوان يرفض هذا المدقق تحميله.',
    'unknown-format': 'هذه ليست صيغة شارات يتعرّف عليها هذا المدقق.',
  },
  engineMessage: 'رسالة محرك التحقق',
  checkId: 'معرّف الفحص',
  technicalDetails: 'تفاصيل تقنية',
  technicalDetailsFor: (name) => ` عن ${name}`,
  whatWasChecked: 'ما الذي تم فحصه',
  reasonGiven: (reason) => `السبب المذكور: ${reason}`,
  badgeLabel: 'الشارة: ',
  issuedOn: (date) => `صدرت في ${date}`,
  expiredOn: (date) => `انتهت في ${date}`,
  expiresOn: (date) => `تنتهي في ${date}`,
  checking: 'جارٍ فحص الشارة…',
  cancel: 'إلغاء',
  verifyABadge: 'تحقّق من شارة',
  whoIssuedIt: 'من أصدرها',
  issuerName: 'الاسم',
  issuerNameHint: '(كما تدّعي الجهة المُصدِرة — غير مُثبت)',
  noName: 'لا يوجد اسم',
  claimedId: 'المعرّف المُدّعى',
  verifiedIdentity: 'الهوية المُتحقَّق منها',
  verifiedIdentityHint: '(أثبتها مفتاح التوقيع)',
  notProven: 'غير مُثبتة — لا شيء يؤكد من أصدر هذه الشارة.',
  issuerOnList: 'ضمن قائمة الجهات المُصدِرة الموثوقة لدى هذا الموقع',
  issuerNotOnList: 'ليست ضمن قائمة الجهات المُصدِرة الموثوقة لدى هذا الموقع',
  recipientHeading: 'هل صدرت لهذا الشخص؟',
  recipientLabel: 'البريد الإلكتروني أو عنوان الويب للشخص',
  recipientPrivacy: 'تتم المقارنة على هذا الجهاز فقط. لا يُرسل ولا يُحفظ ولا يُسجَّل.',
  recipientCheck: 'افحص',
  recipientComparing: 'جارٍ المقارنة…',
  recipientNoRecipient: 'غير ممكن: هذه الشارة لا تذكر مستلمها، فلا يمكن مطابقتها مع شخص.',
  recipientUnverified: 'غير ممكن: الشارة نفسها لم يتم التحقق منها، فلا يمكن الوثوق بالشخص الذي تذكره.',
  recipientResults: {
    match: 'مطابقة: صدرت هذه الشارة للعنوان الذي أدخلته.',
    mismatch: 'غير مطابقة: لم تصدر هذه الشارة للعنوان الذي أدخلته.',
    unsupported: 'غير ممكن: لا تسجّل هذه الشارة مستلمها بطريقة قابلة للمقارنة.',
    'not-checked': 'غير ممكن: تعذّرت مقارنة المستلم.',
    error: 'غير ممكن: تعذّر إكمال الفحص.',
  },
  reverify: 'أعد التحقق',
  copyReport: 'انسخ تقرير JSON',
  downloadCredential: 'نزّل الشهادة',
  verifyAnother: 'تحقّق من شارة أخرى',
  copied: 'نُسخ التقرير إلى الحافظة.',
  copyRefused: 'النسخ غير مسموح هنا. استخدم «نزّل الشهادة»، أو حدّد التفاصيل التقنية يدويًا.',
  downloaded: (filename) => `تم تنزيل ${filename}.`,
  nothingToDownload: 'لا يوجد مستند شهادة لتنزيله.',
  dropHint: 'أفلت صورة شارة (PNG أو SVG) هنا، أو اختر ملفًا، أو الصق الشارة أو عنوانها أدناه.',
  chooseFile: 'اختر ملفًا…',
  pasteLabel: 'JSON الشارة، أو نص موقّع (JWS / JWT)، أو عنوان ويب',
  verifyButton: 'تحقّق',
  verifyThisBadge: (name) => ` من هذه الشارة: ${name}`,
  failureCancelled: 'أُلغي التحقق قبل أن يكتمل.',
  failureStopped: (message) => `توقّف التحقق: ${message}`,
  inputErrors: {
    empty: 'الصق أولًا شارة أو نص شارة موقّعًا أو عنوانها على الويب.',
    badJson: 'يبدو هذا بصيغة JSON لكن لا يمكن قراءته: تأكد من لصقه كاملًا.',
    tooLarge: 'هذا الملف أكبر من أن يكون شارة (أكثر من 5 ميغابايت).',
  },
  dialogTitle: 'التحقق من الشارة',
  close: 'إغلاق',
  closeSuffix: ' التحقق',
};
