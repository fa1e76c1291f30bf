// Errors live with the model, at the bottom of shared/; the contract's layer names them here.
export * from '../model/errors';
