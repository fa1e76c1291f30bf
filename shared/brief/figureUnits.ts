/** Units a number counts in: time, length, weight, power ("8.69 GW", "30 min"). */

/** Units of time and measure: what they count is never killed, injured or arrested. */
export const MEASURES =
  'second|minute|min|hour|hr|day|night|week|weekend|month|year|decade|century|millennium|mile|kilometre|kilometer|km|metre|meter|foot|feet|ft|inch|inches|yard|acre|hectare|ton|tonne|pound|lb|ounce|kilogram|kg|gram|litre|liter|gallon|barrel|mph|kph|gw|mw|kw|kwh';
const MEASURE_UNIT = new RegExp(`^(${MEASURES})s?$`, 'i');
/** Units written short: "8.69 GW", "30 min", "127 mm". */
const SHORT_UNIT = /^(?:[kMGT]?W|[kMGT]Wh|mm|cm|km|kg|mg|lbs?|oz|mph|kph|ft|yd|mi|ha|ml|bbl|sq)$/;

/** Whether a noun is a unit of time or measure ("months", "tons", "mph", "GW"). */
export const isMeasureUnit = (noun: string) =>
  MEASURE_UNIT.test(noun) || SHORT_UNIT.test(noun) || /^(times|fold)$/i.test(noun);

/** Whether a word after a number is the unit it counts in ("3 GW", "48 hour", "30 min"). */
export const isUnitWord = (word: string) => MEASURE_UNIT.test(word) || SHORT_UNIT.test(word);
