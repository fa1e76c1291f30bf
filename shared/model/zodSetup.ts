import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// The mini build carries no messages of its own: a writer reads English ones. No JIT: zod would
// compile a parser for each object schema on its first use, which costs a one-command CLI more
// than every later parse saves (and the window's CSP forbids eval anyway).
z.config({ ...en(), jitless: true });
