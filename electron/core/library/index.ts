export { Library, openLibrary } from './library';
export type { OpenOptions } from './library';
export { defaultLibraryDir, LIBRARY_ENV } from './layout';
export { SAMPLE_BULLETIN_PATH } from './sample';
export { formatIssueRef } from './issue-ref';
export { verifyLibrary } from './verify';
export type { VerifyProblem, VerifyReport } from './verify';
export { setLockProgramName } from './lock';
