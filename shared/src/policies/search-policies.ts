/**
 * Finding policies by the words villagers actually type (上学, 看病, 借钱 …). Pure and zod-free so
 * the client can search a cached list offline too.
 */
export interface SearchablePolicy {
  title: string;
  summary: string;
  faq: ReadonlyArray<{ q: string; a: string }>;
  keywords: readonly string[];
}

/** Everyday word → the words policy texts use for it. */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  看病: ['医疗', '医保', '住院', '报销'],
  生病: ['医疗', '医保', '看病', '住院'],
  住院: ['医保', '报销', '医疗'],
  上学: ['教育', '学费', '读书'],
  // Not 教育: 十五年免费教育 ends at high school.
  上大学: ['大学', '大专', '高职', '因学'],
  大学: ['大专', '高职', '因学'],
  读书: ['教育', '学费', '上学'],
  学费: ['教育', '上学'],
  借钱: ['贷款', '信贷'],
  贷款: ['信贷', '借钱'],
  盖房: ['住房', '危房', '房子'],
  房子: ['住房', '危房'],
  养老: ['养老金', '老人'],
  老人: ['养老', '60岁'],
  找工作: ['就业', '培训', '务工'],
  打工: ['务工', '就业'],
  种地: ['种植', '产业'],
  养殖: ['产业', '养牛', '养羊'],
  受灾: ['灾害', '因灾'],
  遭灾: ['受灾', '灾害', '因灾'],
  残疾: ['残疾人', '残疾证'],
  没钱: ['低保', '困难', '救助'],
};

/** Where a term was found, best first. */
const FIELD_WEIGHT = { title: 4, keywords: 3, summary: 2, faq: 1 } as const;

function normalize(s: string): string {
  return s.trim().toLowerCase();
}

/** The query's terms: split on any whitespace (full-width spaces too), without repeats. */
export function queryTerms(q: string): string[] {
  const terms = normalize(q)
    .split(/[\s\u3000,，、;；]+/)
    .filter((t) => t.length > 0);
  return [...new Set(terms)];
}

/** The term itself and the words it stands for (also when the term contains an everyday word). */
function expand(term: string): string[] {
  const words = new Set([term]);
  for (const [word, synonyms] of Object.entries(SEARCH_SYNONYMS)) {
    if (term.includes(word)) for (const s of synonyms) words.add(s);
  }
  return [...words];
}

/**
 * How well one term matches: the weight of the best field it was found in (0 when nowhere). A
 * keyword also matches when the term contains it, so 孩子上学 finds the keyword 上学. A hit on
 * the term itself counts a little more than a hit on a synonym.
 */
function termScore(policy: SearchablePolicy, term: string): number {
  const fields: Array<[number, string[]]> = [
    [FIELD_WEIGHT.title, [normalize(policy.title)]],
    [FIELD_WEIGHT.keywords, policy.keywords.map(normalize)],
    [FIELD_WEIGHT.summary, [normalize(policy.summary)]],
    [FIELD_WEIGHT.faq, policy.faq.map((f) => normalize(`${f.q} ${f.a}`))],
  ];
  let best = 0;
  for (const [index, word] of expand(term).entries()) {
    const direct = index === 0;
    for (const [weight, texts] of fields) {
      const isKeyword = weight === FIELD_WEIGHT.keywords;
      const hit = texts.some(
        (t) => t.includes(word) || (isKeyword && t.length >= 2 && word.includes(t)),
      );
      if (hit) {
        best = Math.max(best, weight * 10 + (direct ? 1 : 0));
        break;
      }
    }
  }
  return best;
}

/** Sum over the query's terms of where each matched; 0 when none did. */
export function scorePolicy(policy: SearchablePolicy, q: string): number {
  return queryTerms(q).reduce((sum, term) => sum + termScore(policy, term), 0);
}

export function matchesQuery(policy: SearchablePolicy, q: string): boolean {
  return scorePolicy(policy, q) > 0;
}

/**
 * The policies matching any term of `q`, best first: more terms matched first, then where they
 * matched (title > keywords > summary > FAQ), then the given order.
 */
export function rankPolicies<P extends SearchablePolicy>(policies: readonly P[], q: string): P[] {
  const terms = queryTerms(q);
  return policies
    .map((policy, index) => {
      const scores = terms.map((term) => termScore(policy, term));
      return {
        policy,
        index,
        matched: scores.filter((s) => s > 0).length,
        score: scores.reduce((a, b) => a + b, 0),
      };
    })
    .filter((r) => r.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score || a.index - b.index)
    .map((r) => r.policy);
}
