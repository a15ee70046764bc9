// The public shape of search lives in shared/ (the contract and the renderer use it too).
export * from '../../../shared/search';
