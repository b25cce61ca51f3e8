import { run } from './action/main.js';

/** The Action's bundle entry (dist/index.js); all of it lives in src/action/. */
void run();
