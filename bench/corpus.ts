/**
 * A synthetic corpus for the benchmark: French and English articles of
 * about 500 words in the shape of press articles (front matter, headings,
 * paragraphs with figures, a list, a table, a link, emphasis), with
 * entities drawn from a knowledge base of any size. Deterministic: the same
 * seed gives the same corpus, so runs compare.
 */

export interface Corpus {
  facts: string;
  articles: { file: string; text: string }[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FR_FILLER = [
  "Le marché européen reste très concurrentiel et les clients demandent des garanties sur la localisation de leurs données.",
  "Les analystes saluent une exécution solide, même si la rentabilité reste en deçà des attentes du marché.",
  "La direction met en avant sa stratégie d'investissement dans de nouveaux centres de production en Europe.",
  "Plusieurs concurrents américains ont annoncé des baisses de prix, ce qui pèse sur les marges du secteur.",
  "Les syndicats demandent davantage de visibilité sur les recrutements prévus dans les prochains mois.",
  "Le titre a progressé en Bourse après la publication, porté par des volumes d'échanges supérieurs à la moyenne.",
];
const EN_FILLER = [
  "The European market remains highly competitive, and customers want guarantees about where their data is kept.",
  "Analysts praised solid execution, although profitability remains below what the market had hoped for.",
  "Management highlighted its plan to invest in new production sites across Europe over the coming years.",
  "Several American rivals have announced price cuts, which weigh on margins across the sector.",
  "Unions are asking for more visibility on the hiring planned for the coming months.",
  "The shares rose after the release, on trading volumes well above the daily average.",
];

/**
 * `articleCount` articles over a knowledge base of `entityCount` entities.
 * The articles name only the first `named` entities, so that corpora with
 * 10 or 10,000 entities hold the very same articles.
 */
export function makeCorpus(articleCount: number, entityCount: number, seed = 42, named = 10): Corpus {
  const rand = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const facts = ['entities:'];
  for (let i = 0; i < entityCount; i++) {
    facts.push(`  - entity: company-${i}`, `    name: Company ${i} Industries`, `    aliases: [Brand${i}, C${i} Group]`, '    facts:',
      `      founded: ${1950 + (i % 70)}`, `      headquarters: City${i % 50}`,
      '      employees:', `        - value: ${1000 + (i % 900) * 10}`, '          asOf: 2023-12',
      '      revenue:', `        - value: ${100 + (i % 400)}.5e6`, '          unit: EUR', '          period: 2023-01-01/2023-12-31', '          label: FY 2023',
      '      ceo:', `        - value: Person${i} Name`, '          from: 2015-01');
  }
  const articles: Corpus['articles'] = [];
  for (let a = 0; a < articleCount; a++) {
    const fr = a % 2 === 0;
    const i = Math.floor(rand() * Math.min(named, entityCount));
    const other = Math.floor(rand() * Math.min(named, entityCount));
    const employees = 1000 + (i % 900) * 10 + (rand() < 0.3 ? 500 : 0);
    const lines = ['---', `title: "${fr ? 'Résultats de' : 'Results of'} Company ${i} Industries"`, `date: 2024-0${1 + (a % 9)}-15`,
      `lang: ${fr ? 'fr' : 'en'}`, `about: [company-${i}]`, '---', '', `# ${fr ? 'Résultats annuels de' : 'Annual results at'} Brand${i}`, ''];
    const filler = fr ? FR_FILLER : EN_FILLER;
    const para = () => Array.from({ length: 5 }, () => pick(filler)).join(' ');
    if (fr) {
      lines.push(`Company ${i} Industries, fondée en ${1950 + (i % 70)}, emploie ${employees.toLocaleString('fr-FR').replace(/\u202f/g, ' ')} salariés. ${para()}`, '',
        `En 2023, le chiffre d'affaires atteint ${100 + (i % 400)},5 millions d'euros, et le groupe vise **2 milliards** d'euros de chiffre d'affaires. ${para()}`, '',
        `- Le directeur général Person${i} Name a présenté les résultats.`, `- Brand${other} emploie ${1000 + (other % 900) * 10} collaborateurs.`, '',
        '| Indicateur | Valeur |', '| --- | --- |', `| Siège | City${i % 50} |`, `| Salariés | ${employees} |`, '', `${para()} [Le communiqué](https://example.com/${a}) ${para()}`, '', para());
    } else {
      lines.push(`Company ${i} Industries, founded in ${1950 + (i % 70)}, employs ${employees.toLocaleString('en-US')} people. ${para()}`, '',
        `In 2023, revenue reached €${100 + (i % 400)}.5 million, and the group holds to its *€2 billion* revenue target. ${para()}`, '',
        `- Chief executive Person${i} Name presented the results.`, `- Brand${other} employs ${(1000 + (other % 900) * 10).toLocaleString('en-US')} people.`, '',
        '| Metric | Value |', '| --- | --- |', `| Headquarters | City${i % 50} |`, `| Employees | ${employees} |`, '', `${para()} [The release](https://example.com/${a}) ${para()}`, '', para());
    }
    articles.push({ file: `articles/${String(a).padStart(4, '0')}.md`, text: lines.join('\n') + '\n' });
  }
  return { facts: facts.join('\n') + '\n', articles };
}
