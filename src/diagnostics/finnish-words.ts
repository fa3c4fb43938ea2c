// eco's own words (sectors, layers, task statuses) in Finnish, as a Finnish
// inventory gives them: messages list them so, and a Finnish workbook writes
// them so. src/model/vocabulary.ts reads each back as eco's word (tested).

export const FINNISH_WORD: Readonly<Record<string, string>> = {
  company: 'yritys',
  research: 'tutkimus',
  education: 'koulutus',
  public: 'julkinen',
  financier: 'rahoittaja',
  association: 'yhdistys',
  community: 'yhteisö',
  other: 'muu',
  orchestrator: 'orkestroija',
  partner: 'partneri',
  active: 'aktiivinen',
  passive: 'passiivinen',
  potential: 'potentiaalinen',
  planned: 'suunniteltu',
  'in-progress': 'käynnissä',
  done: 'valmis',
  blocked: 'estynyt',
};
