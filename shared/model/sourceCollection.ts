/** A named set of sources the writer keeps together, to compare in a brief or come back to. */
export type SourceCollection = {
  id: string;
  name: string;
  /** In the writer's order. */
  sourceIds: string[];
  createdAt: string;
  updatedAt: string;
};
