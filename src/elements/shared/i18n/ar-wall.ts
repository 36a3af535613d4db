/** Arabic `wall` section (in the ar chunk: imported only by `ar.ts`). Typed against English. */
import type { WallStrings } from './en.js';

const arPlural = new Intl.PluralRules('ar');
/** "شارة واحدة", "شارتان", "٣ شارات", "١١ شارة" (Arabic counted-noun forms). */
const badgesAr = (n: string, count: number): string => {
  switch (arPlural.select(count)) {
    case 'one': return 'شارة واحدة';
    case 'two': return 'شارتان';
    case 'few': return `${n} شارات`;
    default: return `${n} شارة`;
  }
};

/** `<badge-wall>`. */
export const wall: WallStrings = {
  title: 'الشارات',
  loading: 'جارٍ التحميل…',
  count: (n, count, shown) => `${badgesAr(n, count)}${shown ? `، المعروض منها ${shown}` : ''}`,
  progressLabel: 'جارٍ تحميل الشارات',
  progressList: 'جارٍ تحميل القائمة…',
  progress: (done, total) => `${done} من ${total}`,
  verifying: 'جارٍ التحقق…',
  summary: {
    valid: (n) => `تم التحقق: ${n}`,
    expired: (n) => `منتهية: ${n}`,
    'not-yet-valid': (n) => `غير سارية بعد: ${n}`,
    revoked: (n) => `ملغاة: ${n}`,
    suspended: (n) => `معلّقة: ${n}`,
    'status-unknown': (n) => `حالتها غير معروفة: ${n}`,
    invalid: (n) => `غير أصلية: ${n}`,
    unverifiable: (n) => `تعذّر التحقق منها: ${n}`,
  },
  summaryNone: 'لم يتم التحقق من أي شارة بعد',
  separator: '، ',
  sourceError: (source, message, code) => `تعذّر تحميل ${source}: ${message} (${code})`,
  feedError: (message, code) => `تعذّر تحميل القائمة: ${message} (${code})`,
  empty: 'لا توجد شارات لعرضها بعد.',
  noMatch: 'لا توجد شارات مطابقة.',
  clearFilters: 'مسح عوامل التصفية',
  listLabel: (shown) => `الشارات، المعروض منها ${shown}`,
  groupListLabel: (group, n, count) => `${group}، ${badgesAr(n, count)}`,
  browse: 'تصفّح الشارات',
  search: 'بحث',
  searchPlaceholder: 'الاسم أو الجهة المُصدِرة أو المهارة',
  facets: {
    issuer: { label: 'الجهة المُصدِرة', all: 'كل الجهات المُصدِرة' },
    skill: { label: 'المهارة', all: 'كل المهارات' },
    type: { label: 'النوع', all: 'كل الأنواع' },
    tag: { label: 'الوسم', all: 'كل الوسوم' },
    state: { label: 'الحالة', all: 'أي حالة' },
  },
  sort: 'الترتيب',
  sorts: { feed: 'ترتيب القائمة', newest: 'الأحدث أولًا', name: 'الاسم', issuer: 'الجهة المُصدِرة' },
  groupBy: 'التجميع حسب',
  groups: { none: 'بلا تجميع', issuer: 'الجهة المُصدِرة', skill: 'المهارة', type: 'النوع', group: 'مجموعة القائمة' },
  layout: 'طريقة العرض',
  grid: 'شبكة',
  list: 'قائمة',
  showing: (name) => `المعروض: ${name}`,
  oneAchievement: 'إنجاز واحد',
  clear: 'مسح',
  noSkill: 'بلا مهارة مذكورة',
  noTag: 'بلا وسم',
  unknown: 'غير معروف',
  groupLoading: 'جارٍ التحميل',
  groupFailed: 'تعذّر تحميلها',
  groupOther: 'شارات أخرى',
  defaultType: 'شارة',
  states: {
    valid: 'صالحة', expired: 'منتهية', 'not-yet-valid': 'غير سارية بعد', revoked: 'ملغاة', suspended: 'معلّقة',
    'status-unknown': 'الحالة غير معروفة', invalid: 'غير أصلية', unverifiable: 'تعذّر التحقق', available: 'متاحة',
    error: 'تعذّر التحميل', pending: 'جارٍ التحميل',
  },
  verified: 'تم التحقق',
  tileLoading: 'جارٍ تحميل الشارة…',
  tileError: 'تعذّر تحميل هذه الشارة',
  pathways: 'المسارات',
  stackProgress: (earned, total) => `تم اكتساب ${earned} من ${total}`,
  stackBarLabel: (name) => `التقدّم في ${name}`,
  capstone: 'الشارة الختامية',
  earned: 'مكتسبة',
  earnedTimes: (n) => `مكتسبة (${n})`,
  notEarned: 'لم تُكتسب بعد',
  showThese: 'عرض هذه الشارات',
  close: 'إغلاق',
};
