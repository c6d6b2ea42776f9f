/**
 * SIRET check as Validata runs it (python-stdnum `fr.siret`): 14 digits once spaces and dots are
 * removed; the SIREN (9 first digits) passes Luhn; the SIRET passes Luhn, except La Poste's
 * establishments (SIREN 356000000, head office 35600000000048 aside) whose digits must add up
 * to a multiple of 5, because their NICs were numbered before the key was.
 */

const LA_POSTE_SIREN = "356000000";
const LA_POSTE_HEAD_OFFICE = "35600000000048";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

export type SiretCheck = "ok" | "format" | "checksum";

export function checkSiret(text: string): SiretCheck {
  const siret = text.replace(/[ .]/g, "").trim();
  if (!/^\d{14}$/.test(siret)) return "format";
  const laPoste = siret.slice(0, 9) === LA_POSTE_SIREN && siret !== LA_POSTE_HEAD_OFFICE;
  const keyOk = laPoste ? digitSum(siret) % 5 === 0 : luhnValid(siret);
  return keyOk && luhnValid(siret.slice(0, 9)) ? "ok" : "checksum";
}
