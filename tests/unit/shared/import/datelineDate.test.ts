import { describe, expect, it } from 'vitest';
import { datelineDate } from '../../../../shared/import/datelineDate';

describe('the date a dateline states', () => {
  it('reads the shapes news pages print, in several languages', () => {
    // Datelines as pasted from Mozilla Readability's test pages (BBC, Herald Sun, NYT,
    // Guardian, heise, Libération, Medium) and one written for the test in Spanish.
    expect(datelineDate('24 July 2015')).toEqual([2015, 7, 24]);
    expect(datelineDate('March 13, 2015 9:00PM')).toEqual([2015, 3, 13]);
    expect(datelineDate('By JEFFREY GETTLEMAN JAN. 13, 2017')).toEqual([2017, 1, 13]);
    expect(datelineDate('Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019')).toEqual([
      2019, 1, 3,
    ]);
    expect(datelineDate('08.04.2015 12:46')).toEqual([2015, 4, 8]);
    expect(datelineDate('AFP 30 avril 2015 à 07:19')).toEqual([2015, 4, 30]);
    expect(datelineDate('Oct 18, 2019 · 8 min read')).toEqual([2019, 10, 18]);
    expect(datelineDate('2017-01-13')).toEqual([2017, 1, 13]);
    expect(datelineDate('12 de marzo de 2020')).toEqual([2020, 3, 12]);
  });

  it('reads no date where the day and month could be either way round, or none is there', () => {
    expect(datelineDate('02/03/2019')).toBeNull();
    expect(datelineDate('Updated 3 hours ago')).toBeNull();
    expect(datelineDate('31 February 2020')).toBeNull();
    expect(datelineDate('29 February 2020')).toEqual([2020, 2, 29]);
  });
});
