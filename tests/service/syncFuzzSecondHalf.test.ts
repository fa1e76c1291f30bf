import { syncFuzzSuite } from '../helpers/syncFuzzSuite';

// The second half of the seeds; syncFuzz.test.ts runs the first beside it.
syncFuzzSuite(2, 2);
