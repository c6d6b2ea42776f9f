import { UI } from "../core/messages/addon";

/**
 * Builds the add-on menu. Runs in AuthMode.NONE too (the add-on installed but not yet used in
 * this file), where only menus may be built: no other service call here.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(UI.menu.openSidebar, "showSidebar").addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
