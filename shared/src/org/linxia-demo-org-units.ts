import type { OrgUnitView } from './org-units';

/**
 * 临夏市 with four towns and 35 villages — DEMO DATA. 折桥镇祁牟村, 枹罕镇王坪村, 南龙镇江牌村 and
 * 凤凰山 are named by the source programme; the other village names are made up for the demo and
 * must be replaced by the city's real register before production use.
 */
const CITY_ID = 'city-linxia';

const TOWNS: Array<{ id: string; name: string; villages: Array<[slug: string, name: string]> }> = [
  {
    id: 'town-zheqiao',
    name: '折桥镇',
    villages: [
      ['qimou', '祁牟村'],
      ['zheqiao', '折桥村'],
      ['dongchuan', '东川村'],
      ['shanzhuang', '山庄村'],
      ['xinhua', '新华村'],
      ['hongshui', '红水村'],
      ['liujia', '刘家村'],
      ['majia', '马家村'],
      ['sunjia', '孙家村'],
    ],
  },
  {
    id: 'town-baohan',
    name: '枹罕镇',
    villages: [
      ['wangping', '王坪村'],
      ['fenghuangshan', '凤凰山村'],
      ['baohan', '枹罕村'],
      ['taohe', '桃河村'],
      ['dongzhuang', '东庄村'],
      ['xizhuang', '西庄村'],
      ['shuiquan', '水泉村'],
      ['yangwa', '杨洼村'],
      ['gaoping', '高坪村'],
    ],
  },
  {
    id: 'town-nanlong',
    name: '南龙镇',
    villages: [
      ['jiangpai', '江牌村'],
      ['nanlong', '南龙村'],
      ['longshan', '龙山村'],
      ['shuangcheng', '双城村'],
      ['zhangjia', '张家村'],
      ['qianjin', '前进村'],
      ['heping', '和平村'],
      ['liushu', '柳树村'],
    ],
  },
  {
    id: 'town-chengjiao',
    name: '城郊镇',
    villages: [
      ['bafang', '八坊村'],
      ['dongjiao', '东郊村'],
      ['xijiao', '西郊村'],
      ['nanjiao', '南郊村'],
      ['beiyuan', '北塬村'],
      ['hongyuan', '红园村'],
      ['jinghe', '景河村'],
      ['sanhe', '三合村'],
      ['wulin', '五里村'],
    ],
  },
];

function build(): OrgUnitView[] {
  const units: OrgUnitView[] = [
    { id: CITY_ID, level: 'city', name: '临夏市', parentId: null, townId: null, demo: true },
  ];
  for (const town of TOWNS) {
    units.push({
      id: town.id,
      level: 'town',
      name: town.name,
      parentId: CITY_ID,
      townId: town.id,
      demo: true,
    });
    const townSlug = town.id.replace(/^town-/, '');
    for (const [slug, name] of town.villages) {
      units.push({
        id: `village-${townSlug}-${slug}`,
        level: 'village',
        name,
        parentId: town.id,
        townId: town.id,
        demo: true,
      });
    }
  }
  return units;
}

export const LINXIA_DEMO_ORG_UNITS: readonly OrgUnitView[] = build();
export const LINXIA_CITY_ID = CITY_ID;
