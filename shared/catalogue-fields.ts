import { z } from 'zod';

/**
 * What an archivist records about an issue beyond its masthead (issue 14): pages, where the paper
 * copy is, accession number, retention period, 密级, distribution, print run, remarks and the
 * 档号. Every field has a default, so an entry written before these fields existed (an old
 * catalogue, an old JSON export) still reads; the catalogue migration writes them out explicitly.
 */

export const CATALOGUE_LIMITS = {
  pages: { min: 1, max: 10_000 },
  printRun: { min: 0, max: 10_000_000 },
  /** Longest text, in characters, of a short field (room, box, accession number, …). */
  short: 100,
  remarks: 2000,
  reference: 100,
} as const;

const short = z.string().trim().min(1).max(CATALOGUE_LIMITS.short).nullable();

/**
 * 保管期限 as DA/T 22-2015 codes them (永久 Y, 定期30年 D30, 定期10年 D10); the older scheme's
 * 长期 (C) and 短期 (D) are accepted too, for fonds catalogued before 2015.
 */
export const RETENTION_PERIODS = {
  Y: { zh: '永久', en: 'permanent' },
  D30: { zh: '定期30年', en: '30 years' },
  D10: { zh: '定期10年', en: '10 years' },
  C: { zh: '长期', en: 'long term' },
  D: { zh: '短期', en: 'short term' },
} as const;
export type RetentionCode = keyof typeof RETENTION_PERIODS;
export const RETENTION_CODES = Object.keys(RETENTION_PERIODS) as RetentionCode[];

export const RetentionSchema = z.strictObject({
  code: z.enum(RETENTION_CODES as [RetentionCode, ...RetentionCode[]]),
  /** As the archivist wrote it (长期30年): shown beside the code, never used to compute. */
  label: z.string().trim().min(1).max(CATALOGUE_LIMITS.short),
});
export type Retention = z.infer<typeof RetentionSchema>;

/** 密级 as GB/T 7156 names them, and 内部 for the internal bulletins most offices hold. */
export const SECURITY_LEVELS = ['内部', '秘密', '机密', '绝密'] as const;

export const PaperLocationSchema = z.strictObject({ room: short, cabinet: short, box: short });
export type PaperLocation = z.infer<typeof PaperLocationSchema>;

export const DistributionSchema = z.strictObject({
  role: z.string().trim().min(1).max(20),
  recipients: z.array(z.string().trim().min(1).max(CATALOGUE_LIMITS.short)).max(500),
});
export type Distribution = z.infer<typeof DistributionSchema>;

/** What an issue's files are to it: the first is the original; others sit beside it. */
export const FILE_ROLES = ['original', 'representation', 'variant', 'better-scan'] as const;
export type FileRole = (typeof FILE_ROLES)[number];
export const FileRoleSchema = z.enum(FILE_ROLES);

const blankLocation: PaperLocation = { room: null, cabinet: null, box: null };

/** The fields, each with its check; the entry's schema, the edit patch and the CLI are built from them. */
export const CatalogueFieldSchemas = {
  pages: z.number().int().min(CATALOGUE_LIMITS.pages.min).max(CATALOGUE_LIMITS.pages.max).nullable(),
  location: PaperLocationSchema,
  accessionNumber: short,
  retention: RetentionSchema.nullable(),
  security: z.string().trim().min(1).max(20).nullable(),
  /** 保密期限 as printed or decided: `1年`, `长期`. */
  securityTerm: short,
  distribution: z.array(DistributionSchema).max(50),
  printRun: z.number().int().min(CATALOGUE_LIMITS.printRun.min).max(CATALOGUE_LIMITS.printRun.max).nullable(),
  printedBy: z.string().trim().min(1).max(200).nullable(),
  printedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** 内部资料性出版物准印证号. */
  permit: short,
  remarks: z.string().max(CATALOGUE_LIMITS.remarks).nullable(),
  /** 档号: generated from the library's pattern (reference-code.ts) or set by hand; unique. */
  reference: z.string().trim().min(1).max(CATALOGUE_LIMITS.reference).nullable(),
};

export type CatalogueFields = { [K in keyof typeof CatalogueFieldSchemas]: z.infer<(typeof CatalogueFieldSchemas)[K]> };
export type CatalogueField = keyof CatalogueFields;
export const CATALOGUE_FIELDS = Object.keys(CatalogueFieldSchemas) as CatalogueField[];

export function blankCatalogueFields(): CatalogueFields {
  return {
    pages: null,
    location: { ...blankLocation },
    accessionNumber: null,
    retention: null,
    security: null,
    securityTerm: null,
    distribution: [],
    printRun: null,
    printedBy: null,
    printedOn: null,
    permit: null,
    remarks: null,
    reference: null,
  };
}

/** The same fields in an entry: each defaults to blank, so an older entry reads. */
export const CatalogueFieldsInEntry = {
  pages: CatalogueFieldSchemas.pages.default(null),
  location: PaperLocationSchema.default(() => ({ ...blankLocation })),
  accessionNumber: CatalogueFieldSchemas.accessionNumber.default(null),
  retention: CatalogueFieldSchemas.retention.default(null),
  security: CatalogueFieldSchemas.security.default(null),
  securityTerm: CatalogueFieldSchemas.securityTerm.default(null),
  distribution: CatalogueFieldSchemas.distribution.default(() => []),
  printRun: CatalogueFieldSchemas.printRun.default(null),
  printedBy: CatalogueFieldSchemas.printedBy.default(null),
  printedOn: CatalogueFieldSchemas.printedOn.default(null),
  permit: CatalogueFieldSchemas.permit.default(null),
  remarks: CatalogueFieldSchemas.remarks.default(null),
  reference: CatalogueFieldSchemas.reference.default(null),
};

/** A change to some of the fields (the issue page, `bulletin-archive edit`, batch work). */
export const CataloguePatchSchema = z.strictObject(CatalogueFieldSchemas).partial();
export type CataloguePatch = z.infer<typeof CataloguePatchSchema>;

/**
 * How the library numbers its 档号 (DA/T 22: 全宗号-门类代码·年度-保管期限-件号), kept in
 * catalog.json. Tokens: {fonds} {category} {year} {retention} {series} {number} and {item:N}, the
 * item number padded to N digits, counted per everything before it.
 */
export const DEFAULT_REFERENCE_PATTERN = '{fonds}-{category}·{year}-{retention}-{item:4}';
export const CatalogueSettingsSchema = z.strictObject({
  referencePattern: z.string().trim().min(1).max(200).default(DEFAULT_REFERENCE_PATTERN),
  /** 全宗号: null until the archivist sets it; no 档号 is generated without it. */
  fonds: z.string().trim().min(1).max(20).nullable().default(null),
  /** 门类代码: WS (文书) for bulletins, unless the fonds says otherwise. */
  category: z.string().trim().min(1).max(20).default('WS'),
});
export type CatalogueSettings = z.infer<typeof CatalogueSettingsSchema>;
export const CatalogueSettingsPatchSchema = z.strictObject({
  referencePattern: z.string().trim().min(1).max(200),
  fonds: z.string().trim().min(1).max(20).nullable(),
  category: z.string().trim().min(1).max(20),
}).partial();
export type CatalogueSettingsPatch = z.infer<typeof CatalogueSettingsPatchSchema>;

export function defaultCatalogueSettings(): CatalogueSettings {
  return { referencePattern: DEFAULT_REFERENCE_PATTERN, fonds: null, category: 'WS' };
}
