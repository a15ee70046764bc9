import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../../../electron/core/parser/index';
import type { ParsedIssue } from '../../../shared/bulletin';
import { layoutFixtureText, mastheadFieldsOf } from './layout-fixtures';

// Property: the order of masthead lines, how fields share a line, the spacing, the width of
// brackets and colons, and CRLF never change what the parser reads. A seeded generator, so a
// failure names the seed that reproduces it.

/** One masthead of a fixture, cut into the pieces a printer may arrange in any order. */
interface Masthead {
  fixture: string;
  /** Source lines the masthead takes (the body follows). */
  lines: number;
  /** Pieces that may be moved and may share a line with each other. */
  movable: string[];
  /** Pieces that stay on lines of their own (series titles, marks), moved as whole lines. */
  alone: string[][];
  /** A piece that must stay first (a series printed over two lines reads only from the top). */
  first?: string[];
}

const MASTHEADS: Masthead[] = [
  {
    fixture: 'combined-one-line.txt',
    lines: 5,
    movable: ['包头市科学技术局编', '第12期（总第88期）', '2023年6月8日'],
    alone: [['内部资料  注意保存'], ['工 作 简 报']],
  },
  {
    fixture: 'combined-reversed.txt',
    lines: 6,
    movable: ['第5期', '2023.6.8', '（总第41期）', '呼伦贝尔市科学技术局主办'],
    alone: [['秘密★1年'], ['内部资料性出版物准印证：蒙K-2023-012号']],
    first: ['科技创新', '工作简报'],
  },
  {
    fixture: 'chinese-numerals.txt',
    lines: 4,
    movable: ['第十二期（总第一百零八期）', '鄂尔多斯市科学技术局编', '二〇二三年六月八日'],
    alone: [['科技情况通报']],
  },
  {
    fixture: 'circle-zero-year.txt',
    lines: 4,
    movable: ['二○二四年第三期', '乌海市科学技术局    二零二四年三月十五日'],
    alone: [['内部刊物'], ['科技信息专报']],
  },
  {
    fixture: 'joint-issue.txt',
    lines: 4,
    movable: ['2024年', '第5-6期合刊', '锡林郭勒盟科学技术局编印'],
    alone: [['科技参考']],
  },
  {
    fixture: 'supplement.txt',
    lines: 3,
    movable: ['2024年增刊第1期', '通辽市科学技术局    2024年1月20日'],
    alone: [['科技动态']],
  },
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const gap = (random: () => number): string => pick([' ', '  ', '    ', '\u3000', '\u3000\u3000', '\t', ' \t '], random);

/** Spacing and punctuation width as another printer might set them. */
function restyle(piece: string, random: () => number): string {
  let text = piece.replace(/\s+/g, () => gap(random));
  if (random() < 0.5) text = text.replace(/第(\S+?)期/g, (_m, n: string) => `第 ${n} 期`);
  if (random() < 0.5) text = text.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
  return text;
}

/** The masthead in a random order, with movable pieces sharing lines 1–3 at a time. */
function arrange(masthead: Masthead, random: () => number): string[] {
  const groups: string[][] = [];
  const movable = shuffle(masthead.movable, random);
  while (movable.length > 0) groups.push(movable.splice(0, 1 + Math.floor(random() * 3)));
  const lines = shuffle([...groups.map((g) => [g.map((p) => restyle(p, random)).join(gap(random))]), ...masthead.alone.map((a) => a.map((p) => restyle(p, random)))], random);
  return [...(masthead.first ?? []), ...lines.flat()];
}

const fieldsOf = (issue: ParsedIssue): unknown => ({
  ...mastheadFieldsOf(issue),
  marks: { ...issue.marks, notices: [...issue.marks.notices].sort() },
  closing: issue.closing,
  titles: issue.articles.map((a) => [a.title, a.column]),
});

describe('masthead layout never changes the parsed fields', () => {
  it.each(MASTHEADS)('$fixture: 40 shuffled, respaced, re-punctuated arrangements, LF and CRLF', (masthead) => {
    const source = layoutFixtureText(masthead.fixture).split('\n');
    const body = source.slice(masthead.lines);
    const expected = fieldsOf(parseBulletin(source.join('\n')));
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seeded(seed * 7919);
      const lines = [...arrange(masthead, random), '', ...body];
      const text = lines.join(random() < 0.5 ? '\r\n' : '\n');
      expect({ seed, fields: fieldsOf(parseBulletin(text)) }).toEqual({ seed, fields: expected });
    }
  });

  it('the generator does vary the masthead (the property is not vacuous)', () => {
    const masthead = MASTHEADS[0] as Masthead;
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => arrange(masthead, seeded(seed + 1)).join('|')));
    expect(seen.size).toBeGreaterThan(10);
  });
});
