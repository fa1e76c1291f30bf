/**
 * Topic-specific cue sets a writer adds to a codebook: each names the themes it extends (by
 * id; a theme the codebook lacks is created) and the cues it adds. None is in a new library:
 * they are the cues of one story, useful only to a writer researching it.
 */
export interface CuePack {
  id: string;
  name: string;
  description: string;
  themes: { themeId: string; name: string; cues: string[] }[];
}

export const cuePacks: readonly CuePack[] = [
  {
    id: 'kazakhstan-2022',
    name: 'Kazakhstan, January 2022',
    description:
      'The unrest that began with the fuel-price protests in Zhanaozen: the zhuz and the Nazarbayev family, the CSTO deployment, Russian and Western reactions.',
    themes: [
      { themeId: 'labour', name: 'labour', cues: ['oil workers', 'fuel price', 'gas price'] },
      {
        themeId: 'clans',
        name: 'clans',
        cues: ['zhuz', 'son-in-law', 'elite', 'oligarch', 'family', 'Nazarbayev family'],
      },
      {
        themeId: 'foreign-involvement',
        name: 'foreign involvement',
        cues: [
          'CSTO',
          'Russia',
          'Russian',
          'Putin',
          'Kremlin',
          'Western',
          'colour revolution',
          'paratroopers',
          'United States',
          'China',
        ],
      },
      { themeId: 'casualties', name: 'casualties', cues: ['shot', 'tortured'] },
    ],
  },
];
