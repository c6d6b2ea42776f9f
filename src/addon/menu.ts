import { UI } from "../core/messages/addon";

/**
 * Builds the add-on menu. Runs in AuthMode.NONE too (the add-on installed but not yet used in
 * this file), where only menus may be built: no other service call here.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(UI.menu.openSidebar, "showSidebar")
    .addSeparator()
    .addItem(UI.menu.standardise, "standardiseActiveSheet")
    .addItem(UI.menu.validate, "validateActiveSheet")
    .addItem(UI.menu.clearMarks, "clearMarks")
    .addItem(UI.menu.undo, "undoLastOperation")
    .addSeparator()
    .addItem(UI.menu.template, "showTemplatePanel")
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
