// The small ecosystem `eco init` writes: a Finnish town's circular-economy
// network with a manifest, two CSVs and one goal, valid as written.

import { PACKAGE_NAME } from './package-info.js';

export const INIT_FILES: Record<string, string> = {
  'ecosystem.yaml': `# An ecosystem for eco (the npm package ${PACKAGE_NAME}): edit the CSVs and run
#   eco validate .
#   eco map . --format html -o raportti.html
schema: eco/v1
ecosystem:
  id: esimerkki-kiertotalous
  name: Esimerkkikaupungin kiertotalousekosysteemi
  kind: ecosystem
  region: Esimerkkimaakunta
  theme: kiertotalous
  description: A small made-up example to start from; replace it with your own actors.
  orchestrators: [kaupunki-elinkeinot]
actors: actors.csv
links: links.csv
goals: goals.yaml
`,
  'actors.csv': `id,name,sector,layer,city,tags
kaupunki-elinkeinot,Esimerkkikaupungin elinkeinopalvelut,public,orchestrator,Esimerkkikaupunki,kiertotalous
amk,Esimerkin ammattikorkeakoulu,education,partner,Esimerkkikaupunki,kiertotalous;koulutus
yliopisto,Esimerkin yliopisto,research,active,Esimerkkikaupunki,materiaalit
kierratys-oy,Kierrätys Oy,company,active,Esimerkkikaupunki,kiertotalous
muovi-oy,Muovijalostus Oy,company,passive,Naapurikunta,muovi
ely,ELY-keskus,financier,partner,Esimerkkikaupunki,rahoitus
yrittajat,Esimerkin Yrittäjät ry,association,active,Esimerkkikaupunki,
asukasyhdistys,Keskustan asukasyhdistys ry,community,potential,Esimerkkikaupunki,
`,
  'links.csv': `source,target,type,weight
kaupunki-elinkeinot,amk,collaboration,3
kaupunki-elinkeinot,kierratys-oy,collaboration,2
kaupunki-elinkeinot,yrittajat,membership,1
amk,yliopisto,knowledge,2
amk,kierratys-oy,collaboration,1
yliopisto,muovi-oy,knowledge,1
ely,kierratys-oy,funding,1
ely,amk,funding,2
yrittajat,muovi-oy,membership,1
yrittajat,asukasyhdistys,communication,1
`,
  'goals.yaml': `- id: T1
  title: Kiertotalouden yritysverkosto on vakiintunut
  due: 2027-12-31
  owner: kaupunki-elinkeinot
  indicators:
    - id: T1-M1
      name: Aktiiviset yritykset verkostossa
      unit: kpl
      baseline: 1
      baselineDate: 2025-01-01
      target: 6
      current: 2
      measured: 2025-06-30
  tasks:
    - id: T1-T1
      title: Kartoitetaan alueen kiertotalousyritykset
      owner: amk
      status: in-progress
      due: 2027-06-30
`,
};
