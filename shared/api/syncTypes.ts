// The sync's types live with the sync, in shared/sync/; the contract's layer names them here.
export * from '../sync/syncTypes';
