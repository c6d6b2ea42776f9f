/**
 * The add-on's server surface: every export here becomes a top-level function of dist/Code.js
 * (triggers, menu items, google.script.run). Export only real entry points: anyone who has the
 * sidebar can call them from the browser.
 */
export { onInstall, onOpen } from "./menu";
export { clearMarks, standardiseActiveSheet, undoLastOperation, validateActiveSheet } from "./menuActions";
export { getActiveSheetInfo } from "./sheetInfo";
export { showSidebar, showTemplatePanel } from "./sidebar";
export {
  applyStandardise,
  clearTabMarks,
  createTemplate,
  getTabState,
  previewStandardise,
  saveTabSettings,
  selectCell,
  undoTabOperation,
  validateTab,
} from "./sidebarApi";
