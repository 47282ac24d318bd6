/** True only under `npm run edit` (scripts/editor/server.ts); false in `vite`, builds and tests. */
declare const __XIFENG_EDITOR__: boolean;
