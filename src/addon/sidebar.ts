import { UI } from "../core/messages/addon";

/** Opens the sidebar (dist/Sidebar.html: one file, script and style inlined, no template). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(UI.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}
