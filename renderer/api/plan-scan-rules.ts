import { z } from 'zod';

// Interpreted, as on the page: compiling zod's parsers here cost as much CPU as it saved for 100
// plans (and more for a few), and this way no code is generated from strings anywhere in the app.
z.config({ jitless: true });

export { checkPlanRecords } from '../../shared/service/plan-check';
