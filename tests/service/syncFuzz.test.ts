import { syncFuzzSuite } from '../helpers/syncFuzzSuite';

// The first half of the seeds; syncFuzzSecondHalf.test.ts runs the rest beside it.
syncFuzzSuite(1, 2);
