export declare function findElectron(): { path: string; reason: null } | { path: null; reason: string };
