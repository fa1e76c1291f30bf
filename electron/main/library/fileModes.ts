/** A library holds a writer's research: only its owner may read it. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;
