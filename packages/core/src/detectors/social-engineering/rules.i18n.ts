// Non-English "the user has already authorised the assistant to … without asking": a grant only the user can
// give, claimed by the content. English lives in rules.ts (claims_user_authorized_ai). The AI must be named as
// the one authorised and the check waived: "el usuario autorizó el pago" reports a payment.
import { type LanguageForm, ruleFamily, rulePerLanguage } from '../../rules/define-rules.ts';
import type { RuleV1 } from '../../spec/rule-v1.ts';
import { EXPLANATION } from './rules.ts';

const family = ruleFamily({
  category: 'social_engineering',
  surfaces: ['tool_output', 'tool_description'],
  explanation: EXPLANATION,
});

const MESSAGE = 'Content claims the user has authorised the AI to act';

/** Per language: the literals every match holds, and the pattern. */
const CLAIMED_GRANTS: Readonly<Record<string, LanguageForm>> = {
  de: {
    triggers: ['hat dem', 'hat den'],
    pattern:
      /\b(?:der|die) (?:nutzer|benutzer|kunde|user)(?:in)? hat (?:dem|den) (?:ki-)?(?:assistenten|agenten|bot|modell)\b[^.\n]{0,20}?(?:erlaubt|autorisiert|genehmigt|freigegeben|ermächtigt)\b[^.\n]{0,80}?\bohne (?:rückfrage|nachfrage|bestätigung|zu fragen)/u,
  },
  fr: {
    triggers: ['autorisé', 'permis à', 'approuvé'],
    pattern:
      /\bl['’]utilisat(?:eur|rice) a (?:déjà )?(?:autorisé|permis à|approuvé) (?:l['’]assistant|l['’]agent|le bot|l['’]ia|le modèle)\b[^.\n]{0,80}?\bsans (?:lui )?(?:demander|confirmation|validation|vérification)/u,
  },
  es: {
    triggers: ['autoriz', 'permiti', 'aprob'],
    pattern:
      /\bel usuario (?:ya )?(?:autorizó|ha autorizado|permitió|ha permitido|aprobó|ha aprobado) (?:al|a la) (?:asistente|agente|bot|ia|modelo)\b[^.\n]{0,80}?\bsin (?:pedir|preguntar|solicitar|confirmaci)/u,
  },
  it: {
    triggers: ['autorizzato', 'permesso', 'approvato'],
    pattern:
      /\bl['’]utente ha (?:già )?(?:autorizzato|permesso|approvato) (?:l['’]assistente|l['’]agente|il bot|l['’]ia|il modello)\b[^.\n]{0,80}?\bsenza (?:chiedere|conferma|domandare)/u,
  },
  pt: {
    triggers: ['autorizou', 'permitiu', 'aprovou'],
    pattern:
      /\bo usuário (?:já )?(?:autorizou|permitiu|aprovou) (?:o|a) (?:assistente|agente|bot|ia|modelo)\b[^.\n]{0,80}?\bsem (?:pedir|perguntar|confirma)/u,
  },
};

export const RULES_I18N: RuleV1[] = rulePerLanguage(
  family,
  { name: 'claims_user_authorized_ai', severity: 'high', message: MESSAGE },
  CLAIMED_GRANTS,
);
