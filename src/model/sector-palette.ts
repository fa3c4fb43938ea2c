// Sector colours: the Okabe–Ito palette (Okabe & Ito 2008), which readers
// with the common forms of colour blindness can tell apart; grey for unknown.

const SECTOR_COLOURS: Record<string, string> = {
  company: '#E69F00',
  research: '#0072B2',
  education: '#56B4E9',
  public: '#009E73',
  financier: '#F0E442',
  association: '#CC79A7',
  community: '#D55E00',
  other: '#000000',
  unknown: '#BBBBBB',
};

export function sectorColour(sector: string | null): string {
  return SECTOR_COLOURS[sector ?? 'unknown'] ?? SECTOR_COLOURS['unknown']!;
}
