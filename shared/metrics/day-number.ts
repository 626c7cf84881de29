// The metrics speak of day numbers; the arithmetic is shared with the importer and the gates.
export { dayFromIso, isoFromDay } from '../model/day-number';
