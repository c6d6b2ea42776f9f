import { UI } from "../core/messages/addon";

const FOCUS_KEY = "mq.sidebar.focus";

/** Opens the sidebar (dist/Sidebar.html: one file, script and style inlined, no template). */
export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(UI.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** « Nouvel onglet modèle… »: the sidebar opens on its template section. */
export function showTemplatePanel(): void {
  PropertiesService.getUserProperties().setProperty(FOCUS_KEY, "template");
  showSidebar();
}

/** The section the menu asked for, once. */
export function takeSidebarFocus(): "template" | null {
  const props = PropertiesService.getUserProperties();
  const focus = props.getProperty(FOCUS_KEY);
  if (focus) props.deleteProperty(FOCUS_KEY);
  return focus === "template" ? "template" : null;
}
