// Anki's legacy collection (schema 11), the one `collection.anki2` holds in packages that every
// Anki since 2.0 imports (AnkiDroid and AnkiMobile too). Checked against ankitects/anki:
// rslib/src/storage/schema11.sql for the tables, and the serde structs of rslib/src/notetype/
// schema11.rs, rslib/src/decks/schema11.rs and rslib/src/deckconfig/schema11.rs for the JSON kept
// in `col` (keys without a serde default must be present, or Anki refuses the package).

export const ANKI_SCHEMA_VERSION = 11;

export const ANKI_SCHEMA_SQL = `
create table col (
  id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null,
  conf text not null, models text not null, decks text not null, dconf text not null, tags text not null
);
create table notes (
  id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null,
  csum integer not null, flags integer not null, data text not null
);
create table cards (
  id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null,
  due integer not null, ivl integer not null, factor integer not null, reps integer not null,
  lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null
);
create table revlog (
  id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
  type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/** Anki's separator between the fields of a note in `notes.flds`. */
export const FIELD_SEPARATOR = '\x1f';

export const MODEL_KIND = { standard: 0, cloze: 1 } as const;

export interface ModelSpec {
  id: number;
  name: string;
  kind: keyof typeof MODEL_KIND;
  fields: string[];
  /** `req`: the fields that must all be non-empty for the template to give a card (default: field `ord`). */
  templates: { name: string; qfmt: string; afmt: string; req?: readonly number[] }[];
  /** Styling (default: KubeDeck's) and modification time (default: the export's) of a note type from the student's collection. */
  css?: string;
  mod?: number;
  /** The field Anki's browser sorts by (default 0). */
  sortField?: number;
}

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
pre { text-align: left; background: #f4f4f4; padding: 0.5em; overflow-x: auto; font-size: 16px; }
code { font-family: ui-monospace, monospace; }
.cloze { font-weight: bold; color: blue; }
.source { margin-top: 1em; font-size: 14px; color: #666; }
.nightMode .cloze { color: lightblue; }
.nightMode pre { background: #333; }`;

const LATEX_PRE =
  '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

/**
 * The field of every KubeDeck note type that holds the card itself (JSON), so that KubeDeck reads
 * back the very card it exported; Anki only shows it in its editor.
 */
export const KUBEDECK_DATA_FIELD = 'KubeDeck';

const ANSWER = '{{FrontSide}}\n\n<hr id=answer>\n\n';
const SOURCE = '\n{{#Source}}<div class=source>{{Source}}</div>{{/Source}}';

/**
 * The note types KubeDeck writes, with fixed ids so that re-imports merge into the same types.
 * Basic cards are one note type whatever `reverse` says, as Anki's "Basic (optional reversed
 * card)": its second card exists only when the "Add Reverse" field is filled in, so toggling
 * `reverse` changes a field, not the note type (which Anki could not update in place).
 */
export const KUBEDECK_MODELS = {
  basic: {
    id: 1_706_000_000_011,
    name: 'KubeDeck Basic (optional reversed card)',
    kind: 'standard',
    fields: ['Front', 'Back', 'Add Reverse', 'Source', KUBEDECK_DATA_FIELD],
    templates: [
      { name: 'Card 1', qfmt: '{{Front}}', afmt: `${ANSWER}{{Back}}${SOURCE}`, req: [0] },
      { name: 'Card 2', qfmt: '{{#Add Reverse}}{{Back}}{{/Add Reverse}}', afmt: `${ANSWER}{{Front}}${SOURCE}`, req: [1, 2] },
    ],
  },
  cloze: {
    id: 1_706_000_000_012,
    name: 'KubeDeck Cloze',
    kind: 'cloze',
    fields: ['Text', 'Back Extra', 'Source', KUBEDECK_DATA_FIELD],
    templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: `{{cloze:Text}}<br>\n{{Back Extra}}${SOURCE}`, req: [0] }],
  },
  mcq: {
    id: 1_706_000_000_013,
    name: 'KubeDeck Multiple choice',
    kind: 'standard',
    fields: ['Question', 'Choices', 'Answer', 'Explanation', 'Source', KUBEDECK_DATA_FIELD],
    templates: [{ name: 'Card 1', qfmt: '{{Question}}\n{{Choices}}', afmt: `${ANSWER}{{Answer}}\n{{Explanation}}${SOURCE}`, req: [0] }],
  },
  input: {
    id: 1_706_000_000_014,
    name: 'KubeDeck Typed answer',
    kind: 'standard',
    fields: ['Question', 'Answer', 'Accepted', 'Explanation', 'Source', KUBEDECK_DATA_FIELD],
    templates: [
      {
        name: 'Card 1',
        qfmt: '{{Question}}\n\n{{type:Answer}}',
        afmt: `{{Question}}\n\n<hr id=answer>\n\n{{type:Answer}}\n{{Accepted}}\n{{Explanation}}${SOURCE}`,
        req: [0],
      },
    ],
  },
  yamlFix: {
    id: 1_706_000_000_015,
    name: 'KubeDeck Fix the YAML',
    kind: 'standard',
    fields: ['Task', 'Broken', 'Hints', 'Solution', 'Checks', 'Source', KUBEDECK_DATA_FIELD],
    templates: [
      { name: 'Card 1', qfmt: '{{Task}}\n{{Broken}}\n{{#Hints}}{{hint:Hints}}{{/Hints}}', afmt: `${ANSWER}{{Solution}}\n{{Checks}}${SOURCE}`, req: [0] },
    ],
  },
} as const satisfies Record<string, ModelSpec>;

/** The fields a question template names (any of them filled in gives the card; Anki recomputes this itself). */
function referencedFields(spec: ModelSpec, qfmt: string, ord: number): number[] {
  if (spec.kind === 'cloze') return [0];
  const named = [...qfmt.matchAll(/\{\{[#^]?\s*(?:[^}:]*:)*([^}]+?)\s*\}\}/g)].map((m) => spec.fields.indexOf(m[1])).filter((i) => i >= 0);
  return named.length > 0 ? [...new Set(named)] : [ord];
}

export function modelJson(spec: ModelSpec, modSeconds: number, deckId: number): Record<string, unknown> {
  return {
    id: spec.id,
    name: spec.name,
    type: MODEL_KIND[spec.kind],
    mod: spec.mod ?? modSeconds,
    usn: 0,
    sortf: spec.sortField ?? 0,
    did: deckId,
    tmpls: spec.templates.map((t, ord) => ({ name: t.name, ord, qfmt: t.qfmt, afmt: t.afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 })),
    flds: spec.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: spec.css ?? CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    // Which fields must be non-empty for each template to make a card (cloze types ignore it).
    req: spec.templates.map((t, ord) => (t.req ? [ord, 'all', t.req] : [ord, 'any', referencedFields(spec, t.qfmt, ord)])),
    tags: [],
    vers: [],
  };
}

export function deckJson(id: number, name: string, description: string, modSeconds: number): Record<string, unknown> {
  return {
    id,
    name,
    mod: modSeconds,
    usn: 0,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: description,
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's default options group (id 1), which every normal deck points to. */
export function defaultDeckConfigJson(modSeconds: number): Record<string, unknown> {
  return {
    id: 1,
    mod: modSeconds,
    name: 'Default',
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

export function collectionConfigJson(currentModel: number): Record<string, unknown> {
  return {
    activeDecks: [1],
    curDeck: 1,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: currentModel,
    nextPos: 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };
}
