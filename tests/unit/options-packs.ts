/** Small pack files for the options page tests (unit and e2e). The facts are true, with their source. */
export const smallPack = {
  format: 'backstory-pack',
  formatVersion: 1,
  pack: { id: 'options-test', name: 'Options test pack', version: '1.2.0', license: 'CC0-1.0', publisher: 'Backstory tests', created: '2025-01-01' },
  entities: [
    {
      id: 'outlet:reuters-test',
      kind: 'outlet',
      name: 'Reuters',
      description: 'International news agency founded in London in 1851, owned by Thomson Reuters.',
      country: 'GB',
      domains: ['reuters.com'],
      founded: 1851,
      source: 'https://en.wikipedia.org/wiki/Reuters',
    },
  ],
};

/** The same pack with two broken fields: each error must name its record and field. */
export const brokenPack = {
  ...smallPack,
  pack: { ...smallPack.pack, id: 'options-broken' },
  entities: [{ ...smallPack.entities[0], kind: 'newspaper', source: 'javascript:alert(1)' }],
};

/** The error lines the background gives for brokenPack (record id and field path in each). */
export const brokenPackErrors = [/^entities\[0\] \(outlet:reuters-test\)\.kind: /, /^entities\[0\] \(outlet:reuters-test\)\.source: must be an http\(s\) URL/];
