/**
 * The add-on's server surface: every export here becomes a top-level function of dist/Code.js
 * (triggers, menu items, google.script.run). Export only real entry points: anyone who has the
 * sidebar can call them from the browser.
 */
export { onInstall, onOpen } from "./menu";
export { getActiveSheetInfo } from "./sheetInfo";
export { showSidebar } from "./sidebar";
